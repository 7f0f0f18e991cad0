import { defineConfig } from 'wxt';

// Portal origins are not in the manifest: the background registers the
// content script for the origins the user or policy granted at run time.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.VIGILA_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'unlimitedStorage'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    web_accessible_resources: [
      { resources: ['panel.html'], matches: ['http://*/*', 'https://*/*'] },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigila@vigila.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
