// Types of audit-checks.mjs for the TypeScript tests.

export declare const MIN_PASSPHRASE_LENGTH: number;
export declare const SYSTEM_FOLDERS: string[];

export interface PageFileOptions {
  /** Folder that the page must lie in, by default the current working directory. */
  cwd?: string;
  /** Accepts a page outside `cwd`. */
  allowOutsideCwd?: boolean;
}

export declare function checkPageFile(file: string, options?: PageFileOptions): Promise<string>;
export declare function checkScreenshotFile(file: string): Promise<string>;
export declare function checkPassphrase(passphrase: string, source: string): string;
