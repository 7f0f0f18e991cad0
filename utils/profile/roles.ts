/** Roles of the controls of a field that a profile splits over several of them. */
export const PROFILE_ROLES = ['day', 'month', 'year', 'date', 'time', 'hour', 'minute'] as const;

export type ProfileRole = (typeof PROFILE_ROLES)[number];

/** Tells whether a role that the detector gave a control part may stand in a profile. */
export function isProfileRole(role: string): role is ProfileRole {
  return (PROFILE_ROLES as readonly string[]).includes(role);
}
