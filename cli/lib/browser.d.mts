// Types of browser.mjs for the TypeScript end-to-end tests.
import type { Browser, Frame, Page, WebWorker } from 'puppeteer-core';

export declare const LOCAL_ORIGINS: string[];

/** VIGILA_EXTENSION_DIR, then VIGILA_OUT_DIR/chrome-mv3, then .output/chrome-mv3 (Firefox: firefox-mv2). */
export declare function defaultExtensionDir(env?: NodeJS.ProcessEnv): string;
/** VIGILA_BROWSER, `chromium` by default. */
export declare function selectedBrowser(env?: NodeJS.ProcessEnv): 'chromium' | 'firefox';
export declare function findFirefox(env?: NodeJS.ProcessEnv): string;
/** Tells whether a browser was launched as Firefox by these tools. */
export declare function isFirefox(browser: Browser): boolean;
/** URL of a file of the extension: chrome-extension:// or, in Firefox, moz-extension://. */
export declare function extensionUrl(browser: Browser, extensionId: string, file: string): string;
/** Opens a file of the extension in a page and waits until its document has loaded. */
export declare function gotoExtensionPage(
  page: Page,
  extensionId: string,
  file: string,
  timeoutMs?: number,
): Promise<void>;
/** Reloads an extension page and waits until its new document has loaded. */
export declare function reloadExtensionPage(page: Page, timeoutMs?: number): Promise<void>;
/** Waits for a page that shows a file of the extension, such as a tab the extension opened. */
export declare function waitForExtensionPage(
  browser: Browser,
  extensionId: string,
  file: string,
  timeoutMs?: number,
): Promise<Page>;
export declare function findBrowser(env?: NodeJS.ProcessEnv): string;
export declare function quietArgs(userDataDir: string): string[];

export interface ChromiumOptions {
  /** Keeps extensions enabled so that one can be installed after launch. */
  extensions?: boolean;
  executablePath?: string;
  /** Folder for the profile, HOME and caches, removed on close. */
  tempDir?: string;
  timeoutMs?: number;
  /** Further Chromium arguments, such as `--lang=de`. */
  args?: string[];
}

export interface ChromiumSession {
  browser: Browser;
  tempDir: string;
  /** Closes the browser and removes tempDir. */
  close(): Promise<void>;
}

export declare function launchChromium(options?: ChromiumOptions): Promise<ChromiumSession>;

export interface ExtensionLaunchOptions {
  /** By default VIGILA_BROWSER, then `chromium`. */
  browser?: 'chromium' | 'firefox';
  /** Built chrome-mv3 folder, by default VIGILA_EXTENSION_DIR, then .output/chrome-mv3. */
  extensionDir?: string;
  /** Match patterns to allow, by default LOCAL_ORIGINS. */
  origins?: string[];
  timeoutMs?: number;
  /** Further Chromium arguments, such as `--lang=de`. */
  args?: string[];
}

export interface ExtensionSession {
  browserName: 'chromium' | 'firefox';
  browser: Browser;
  /** Host of the extension's URLs: the extension id, in Firefox the internal UUID. */
  extensionId: string;
  /** The extension's service worker, in Chromium only. While attached, it keeps the worker alive. */
  worker: WebWorker | undefined;
  /** The service worker in Chromium, an open options page in Firefox: both run the extension's API. */
  extensionContext: WebWorker | Page;
  /** Closes the browser and removes the profile and the extension copy. */
  close(): Promise<void>;
}

export declare function requireBuiltExtension(extensionDir: string): string;
export declare function checkExtensionBuild(
  extensionDir: string,
  browserName: 'chromium' | 'firefox',
): Promise<Record<string, any>>;
export declare function prepareExtension(
  extensionDir: string,
  targetDir: string,
  origins: string[],
): Promise<string>;
export declare function launchWithExtension(
  options?: ExtensionLaunchOptions,
): Promise<ExtensionSession>;
export declare function waitForRegistration(
  worker: WebWorker | Page,
  timeoutMs?: number,
): Promise<number>;

export declare function checkDraftFile(file: string): Promise<number>;
export declare function importDraftFile(
  browser: Browser,
  extensionId: string,
  file: string,
  /** `passphrase` sets up or unlocks the drafts; see resolvePassphrase. */
  options?: { timeoutMs?: number; passphrase?: string },
): Promise<string[]>;
/** Passphrase of the end-to-end tests' throwaway browser profiles only. */
export declare const TEST_ONLY_PASSPHRASE: string;
/** `passphrase`, else VIGILA_PASSPHRASE, else TEST_ONLY_PASSPHRASE. */
export declare function resolvePassphrase(passphrase?: string, env?: NodeJS.ProcessEnv): string;
export declare function readPassphraseFile(file: string): Promise<string>;
export declare function unlockDraftsPage(
  page: Page,
  passphrase: string,
  timeout: number,
): Promise<'setup' | 'locked' | 'unlocked'>;

export declare function checkProfileFile(file: string): Promise<number>;
export declare function importProfileFile(
  browser: Browser,
  extensionId: string,
  file: string,
  options?: { timeoutMs?: number },
): Promise<string[]>;

export interface OpenPanelOptions {
  /** Accepts only this extension's panel. */
  extensionId?: string;
  /** Presses the toolbar button when no panel appeared by itself (default true). */
  pressAction?: boolean;
  timeoutMs?: number;
}

export interface FieldReport {
  id: string;
  status: string;
  frame: string | null;
  selector: string | string[] | null;
  label: string | null;
  confidence: number | null;
  source: string | null;
}

export interface RuleReport {
  id: string;
  severity: string;
  status: string;
  fields: string[];
  message: string;
}

export interface FillOutcome {
  id: string;
  status: string;
  value: string | null;
}

export interface AuditReport {
  url: string;
  fields: FieldReport[];
  checklist: { score: number | null; items: RuleReport[] };
  fill: FillOutcome[];
  /** Name of the portal profile the panel applies, or null; absent in older reports. */
  profile?: string | null;
}

export interface ChecklistInfo {
  name: string;
  id: string | null;
  version: string | null;
}

export interface FillOptions {
  /** Ticks exactly these fields' preview rows. By default the rows stay as proposed. */
  fields?: string[];
  timeoutMs?: number;
}

export declare function openPanel(page: Page, options?: OpenPanelOptions): Promise<Frame>;
export declare function readPanel(frame: Frame): Promise<AuditReport>;
export declare function readChecklistInfo(frame: Frame): Promise<ChecklistInfo | null>;
export declare function waitForPanelStable(
  frame: Frame,
  options?: { quietMs?: number; timeoutMs?: number },
): Promise<boolean>;
export declare function fillFromPanel(
  frame: Frame,
  draftId: string,
  options?: FillOptions,
): Promise<FillOutcome[]>;
