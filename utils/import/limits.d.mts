// Types of limits.mjs for the TypeScript code.
export declare const MAX_DRAFT_FILE_BYTES: number;
export declare const MAX_DRAFTS_PER_FILE: number;
export declare const MAX_CHECKLIST_FILE_BYTES: number;
export declare const MAX_PROFILE_FILE_BYTES: number;
