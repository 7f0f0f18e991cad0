/**
 * Chromium with the built extension, for end-to-end tests: launch, panel,
 * drafts and fill. See cli/lib/browser.mjs.
 */
export {
  LOCAL_ORIGINS,
  TEST_ONLY_PASSPHRASE,
  checkDraftFile,
  defaultExtensionDir,
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
  requireBuiltExtension,
  unlockDraftsPage,
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
