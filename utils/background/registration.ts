import { grantedOrigins } from '@/utils/origins';
import { filterAllowedOrigins } from '@/utils/policy/origins';
import { readManagedPolicy } from '@/utils/policy/read';

const SCRIPT_ID = 'vigila-portal';

/**
 * Registers the content script for exactly the allowed portal origins. The
 * manifest lists none, so a portal gets the script only once the user or the
 * organisation has granted its origin. Where the organisation's policy sets
 * `allowedOrigins`, a granted origin outside that list gets no script.
 */
export async function syncContentScripts(): Promise<void> {
  const { policy } = await readManagedPolicy();
  const origins = filterAllowedOrigins(await grantedOrigins(), policy.allowedOrigins);
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [SCRIPT_ID],
  });
  if (registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  if (origins.length === 0) return;

  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: ['content-scripts/content.js'],
      matches: origins,
      allFrames: true,
      // Firefox injects into about:blank and srcdoc frames without this key
      // and rejects it in Manifest V2.
      ...(import.meta.env.FIREFOX ? {} : { matchOriginAsFallback: true }),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
