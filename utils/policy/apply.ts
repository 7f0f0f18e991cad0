import type { Checklist } from '../schema/checklist';
import type { PortalProfile } from '../schema/profile';
import type { ManagedPolicy } from './schema';

/** Replaces the user's lock and retention settings with the organisation's where the policy sets them. */
export function applyDraftSettingsPolicy<T extends { idleMinutes: number; retentionDays: number }>(
  settings: T,
  policy: ManagedPolicy,
): T {
  return {
    ...settings,
    idleMinutes: policy.autoLockMinutes ?? settings.idleMinutes,
    retentionDays: policy.retentionDays ?? settings.retentionDays,
  };
}

/**
 * Returns the user's profiles and the organisation's, in that order. A
 * policy profile replaces the user's profile with the same id.
 */
export function mergePolicyProfiles<T extends PortalProfile>(
  stored: readonly T[],
  policy: ManagedPolicy,
): (T | PortalProfile)[] {
  const managed = policy.profiles ?? [];
  const managedIds = new Set(managed.map((profile) => profile.id));
  return [...stored.filter((profile) => !managedIds.has(profile.id)), ...managed];
}

/** Replaces the checklist's age of majority with the organisation's when the policy sets one. */
export function applyMajorityAgePolicy(checklist: Checklist, policy: ManagedPolicy): Checklist {
  if (policy.majorityAge === undefined) return checklist;
  return { ...checklist, majorityAge: policy.majorityAge };
}
