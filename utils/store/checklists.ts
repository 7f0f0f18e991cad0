import type { Checklist } from '../schema/checklist';

/** A supervisor's checklist as the database keeps it. */
export type StoredChecklist = Checklist & { updatedAt: number };
