// @ts-check
/**
 * Drives Chromium or Firefox with the built extension: launch, panel, drafts and fill.
 * The parts live in their own modules, and this one gathers them for the
 * command-line tools and the end-to-end tests.
 */
export { findBrowser, launchChromium, quietArgs } from './chromium.mjs';
export {
  importDraftFile,
  checkDraftFile,
  readPassphraseFile,
  resolvePassphrase,
  TEST_ONLY_PASSPHRASE,
  unlockDraftsPage,
} from './drafts.mjs';
export {
  checkExtensionBuild,
  LOCAL_ORIGINS,
  launchWithExtension,
  prepareExtension,
  requireBuiltExtension,
  waitForRegistration,
} from './extension.mjs';
export { fillFromPanel } from './panel-fill.mjs';
export { checkProfileFile, importProfileFile } from './profiles.mjs';
export { defaultExtensionDir, selectedBrowser } from './paths.mjs';
export {
  extensionUrl,
  gotoExtensionPage,
  isFirefox,
  reloadExtensionPage,
  waitForExtensionPage,
} from './extension-url.mjs';
export { findFirefox, launchFirefox } from './firefox.mjs';
export { openPanel, readChecklistInfo, readPanel, waitForPanelStable } from './panel.mjs';
