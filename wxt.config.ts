import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/** Origins a portal may have; each must still be granted before use. */
const PORTAL_PATTERNS = ['http://*/*', 'https://*/*'];

/**
 * Resolves `browser` in the scripts that run in portal pages to
 * utils/content/browser.ts, a thin wrapper of the browser's own API, in place
 * of webextension-polyfill.
 */
function contentBrowserPlugin(): Plugin {
  const polyfillIds = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);
  return {
    name: 'vigila-content-browser',
    enforce: 'pre',
    resolveId: (id) =>
      polyfillIds.has(id) ? path.resolve(__dirname, 'utils/content/browser.ts') : undefined,
  };
}

// Portal origins are not in the manifest: the background registers the
// content script for the origins the user or policy granted at run time.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.VIGILA_OUT_DIR ?? '.output',
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      const inPage = ['content-script', 'unlisted-script'];
      if (!entrypoints.every((entrypoint) => inPage.includes(entrypoint.type))) return;
      config.plugins = [contentBrowserPlugin(), ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'unlimitedStorage', 'alarms'],
    ...(browser === 'firefox'
      ? { optional_permissions: PORTAL_PATTERNS }
      : { optional_host_permissions: PORTAL_PATTERNS }),
    // Firefox reads managed storage without a schema, from the "3rdparty"
    // policy of policies.json or a native manifest, so only Chromium gets one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Manifest V2 names the toolbar button's command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    web_accessible_resources: [{ resources: ['panel.html'], matches: PORTAL_PATTERNS }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigila@vigila.invalid',
              // data_collection_permissions is read from Firefox 140 on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
