const SCRIPT_ID = 'vigila-portal';

/** Lists the http and https origins the extension holds host permission for. */
async function allowedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^https?:\/\//.test(origin));
}

/**
 * Registers the content script for exactly the allowed portal origins. The
 * manifest lists none, so a portal gets the script only once the user or the
 * organisation has granted its origin.
 */
export async function syncContentScripts(): Promise<void> {
  const origins = await allowedOrigins();
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
      matchOriginAsFallback: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
