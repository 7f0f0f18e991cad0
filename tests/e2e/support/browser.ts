/**
 * Chromium or Firefox (VIGILA_BROWSER=firefox) with the built extension, for end-to-end tests: launch, panel,
 * drafts and fill. See cli/lib/browser.mjs.
 */
export {
  LOCAL_ORIGINS,
  TEST_ONLY_PASSPHRASE,
  checkDraftFile,
  defaultExtensionDir,
  extensionUrl,
  findFirefox,
  gotoExtensionPage,
  isFirefox,
  fillFromPanel,
  findBrowser,
  importDraftFile,
  importProfileFile,
  launchChromium,
  launchWithExtension,
  openPanel,
  prepareExtension,
  quietArgs,
  readChecklistInfo,
  readPanel,
  reloadExtensionPage,
  requireBuiltExtension,
  selectedBrowser,
  unlockDraftsPage,
  waitForExtensionPage,
  waitForPanelStable,
  waitForRegistration,
} from '../../../cli/lib/browser.mjs';
export type {
  AuditReport,
  ChecklistInfo,
  ChromiumOptions,
  ChromiumSession,
  ExtensionLaunchOptions,
  ExtensionSession,
  FieldReport,
  FillOptions,
  FillOutcome,
  OpenPanelOptions,
  RuleReport,
} from '../../../cli/lib/browser.mjs';

import { selectedBrowser } from '../../../cli/lib/browser.mjs';

/** Whether this run drives Firefox (VIGILA_BROWSER=firefox) rather than Chromium. */
export const inFirefox = selectedBrowser() === 'firefox';
