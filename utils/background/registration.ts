import { grantedOrigins } from '@/utils/origins';

const SCRIPT_ID = 'vigila-portal';

/**
 * Registers the content script for exactly the allowed portal origins. The
 * manifest lists none, so a portal gets the script only once the user or the
 * organisation has granted its origin.
 */
export async function syncContentScripts(): Promise<void> {
  const origins = await grantedOrigins();
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
