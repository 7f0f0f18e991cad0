import type { ProfileResponse } from '@/utils/messaging/messages';
import { mergePolicyProfiles } from '@/utils/policy/apply';
import { readManagedPolicy } from '@/utils/policy/read';
import { profileForUrl } from '@/utils/profile/select';
import { toProfileFileEntry } from '@/utils/schema/profile';
import { listValidProfiles } from '@/utils/store/profiles';

/** The parts of a message's sender that the background checks. */
export interface RequestSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * Tells whether a sender is a content script of this extension: this
 * extension's id, in a tab's frame, from a document that is not one of the
 * extension's own pages (the panel is one, inside the portal's tab).
 */
export function isContentScriptSender(sender: RequestSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.tab?.id === undefined || sender.frameId === undefined || !sender.url) return false;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  return !sender.url.startsWith(extensionOrigin);
}

/**
 * Returns the response to a content script's `get-profile`: the profile,
 * stored or set by the organisation's policy, that matches its tab's top
 * page, or null. The top page's URL comes from
 * `sender.tab.url`, which the browser sets, so a frame cannot ask for
 * another page's profile. Returns undefined, which sends no answer, for any
 * other sender.
 */
export async function answerProfileRequest(
  sender: RequestSender,
): Promise<ProfileResponse | undefined> {
  if (!isContentScriptSender(sender)) return undefined;
  const topUrl = sender.tab?.url;
  if (!topUrl) return { profile: null };

  const [stored, { policy }] = await Promise.all([listValidProfiles(), readManagedPolicy()]);
  const profile = profileForUrl(mergePolicyProfiles(stored, policy), topUrl);
  return { profile: profile ? toProfileFileEntry(profile) : null };
}
