import { grantedOrigins } from '@/utils/origins';
import { filterAllowedOrigins } from '@/utils/policy/origins';
import { readManagedPolicy } from '@/utils/policy/read';

const SCRIPT_ID = 'vigila-portal';
const GUARD_ID = 'vigila-submit-guard';

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
    ids: [SCRIPT_ID, GUARD_ID],
  });
  if (registered.length > 0) {
    await browser.scripting.unregisterContentScripts({
      ids: registered.map((script) => script.id),
    });
  }
  if (origins.length === 0) return;

  // about:blank and srcdoc frames run the scripts of their parent's origin
  // only with this key, in Chromium and in Firefox from version 128 on.
  const fallback = { matchOriginAsFallback: true };
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: ['content-scripts/content.js'],
      matches: origins,
      allFrames: true,
      ...fallback,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
    {
      // The submission guard must wrap the form methods before page scripts
      // run. Firefox accepts the main world here from version 128 on.
      id: GUARD_ID,
      js: ['content-scripts/vigila-submit-guard.js'],
      matches: origins,
      allFrames: true,
      ...fallback,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
  ]);
}
