/**
 * Chromium with the built extension, for end-to-end tests: launch, panel,
 * drafts and fill. See cli/lib/browser.mjs.
 */
export {
  LOCAL_ORIGINS,
  checkDraftFile,
  defaultExtensionDir,
  fillFromPanel,
  findBrowser,
  importDraftFile,
  launchChromium,
  launchWithExtension,
  openPanel,
  prepareExtension,
  quietArgs,
  readChecklistInfo,
  readPanel,
  requireBuiltExtension,
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
