import type { PortalProfile, ProfileFrame } from '../schema/profile';
import { matchesPattern, patternSpecificity } from './match-pattern';

/** The frame a content script runs in: its URL and position. */
export interface FrameInfo {
  isTop: boolean;
  url: string;
  /** Position among the parent's frames (`window.frames`); undefined for the top frame. */
  index?: number;
}

/**
 * Returns the profile whose URL pattern matches the top page's URL. When
 * several match, the most specific pattern (most characters besides `*`)
 * wins, then the name in alphabetical order, so the choice never depends on
 * store order.
 */
export function profileForUrl<T extends PortalProfile>(
  profiles: readonly T[],
  url: string,
): T | undefined {
  const matching = profiles.filter((profile) => matchesPattern(profile.urlPattern, url));
  matching.sort(
    (a, b) =>
      patternSpecificity(b.urlPattern) - patternSpecificity(a.urlPattern) ||
      a.name.localeCompare(b.name),
  );
  return matching[0];
}

/** Tells whether a field's frame is this frame: the top page when the profile names no frame. */
export function isProfileFrame(frame: ProfileFrame | undefined, info: FrameInfo): boolean {
  if (!frame) return info.isTop;
  if (info.isTop || !matchesPattern(frame.urlPattern, info.url)) return false;
  return frame.index === undefined || frame.index === info.index;
}
