import { z } from '../schema/zod';

/**
 * Announcements of draft changes between the extension pages of one browser,
 * over a BroadcastChannel of the extension's origin, which page scripts of a
 * portal cannot join. An announcement carries draft ids and times only,
 * never a label or a field value.
 */

const CHANNEL_NAME = 'vigila-drafts';

/** Random id of this page, so that a page ignores its own announcements. */
const PAGE_ID = crypto.randomUUID();

const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), id: z.string(), updatedAt: z.number() }),
  z.object({ kind: z.literal('deleted'), ids: z.array(z.string()) }),
  z.object({ kind: z.literal('changed') }),
]);

/**
 * A change of the stored drafts: `saved` for a new version of one draft,
 * `deleted` for drafts removed, `changed` for anything else a list shows.
 */
export type DraftChange = z.infer<typeof changeSchema>;

const announcementSchema = z.object({ source: z.string(), change: changeSchema });

let sender: BroadcastChannel | undefined;

/** Tells the other extension pages that drafts changed. Does nothing where no channel exists. */
export function announceDraftChange(change: DraftChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  sender ??= new BroadcastChannel(CHANNEL_NAME);
  sender.postMessage({ source: PAGE_ID, change });
}

/** Calls `listener` for each change another page announces; returns a function that stops. */
export function watchDraftChanges(listener: (change: DraftChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const result = announcementSchema.safeParse(event.data);
    if (!result.success || result.data.source === PAGE_ID) return;
    listener(result.data.change);
  };
  return () => channel.close();
}
