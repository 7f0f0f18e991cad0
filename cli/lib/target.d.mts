// Types of target.mjs for the TypeScript tests.

export declare const ALLOWED_HOSTS: string[];

/** An invalid command-line argument, for which the command exits with status 2. */
export declare class UsageError extends Error {}

export type AuditTarget = { kind: 'url'; url: string } | { kind: 'file'; path: string };

export declare function resolveTarget(target: string, cwd?: string): AuditTarget;
export declare function originPattern(url: string): string;
