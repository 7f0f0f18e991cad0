// Types of command.mjs for the TypeScript tests.
import type { AuditOptions } from './audit.mjs';

export declare const USAGE: string;

export interface AuditCommand {
  command: 'audit' | 'help';
  audit?: AuditOptions;
  json?: boolean;
}

export declare function parseCommand(argv: string[]): AuditCommand;
export declare function main(argv: string[]): Promise<number>;
export declare function parseTimeout(text: string | undefined): number | undefined;
