/** Allowed ranges of the drafts' lock and retention settings, for the user's values and the policy's alike. */
export const IDLE_MINUTES_RANGE = { min: 1, max: 480 } as const;
export const RETENTION_DAYS_RANGE = { min: 1, max: 365 } as const;
