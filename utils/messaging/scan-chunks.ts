/**
 * Splitting a frame scan into messages and joining them again. A content
 * script sends each chunk in its own task, because one `runtime.sendMessage`
 * of a whole scan of 1,000 controls was one task of about 48 ms on the page.
 */
import type { FrameScan, ScannedUnit } from '../detect/frame-scan';
import type { FrameScanChunk, FrameScanSummary } from './page-model';

/**
 * Control units per message. At about 400 bytes of JSON per unit a chunk is
 * some 40 KB.
 * NOTE: an estimate from the generated benchmark portal; a unit with a long
 * option list, such as a country select, is larger.
 */
export const UNITS_PER_CHUNK = 100;

/** A whole frame scan, as the receiver joins it from its chunks. */
export interface FrameScanReport extends FrameScanSummary {
  revision: number;
  scan: FrameScan;
}

/** Splits a frame's scan into chunks; there is always at least one. */
export function chunkFrameScan(
  revision: number,
  units: readonly ScannedUnit[],
  summary: FrameScanSummary,
): FrameScanChunk[] {
  const count = Math.max(1, Math.ceil(units.length / UNITS_PER_CHUNK));
  const chunks: FrameScanChunk[] = [];
  for (let index = 0; index < count; index++) {
    const start = index * UNITS_PER_CHUNK;
    const chunk: FrameScanChunk = {
      revision,
      index,
      count,
      units: units.slice(start, start + UNITS_PER_CHUNK),
    };
    if (index === count - 1) chunk.summary = summary;
    chunks.push(chunk);
  }
  return chunks;
}

interface Pending {
  revision: number;
  chunks: (FrameScanChunk | undefined)[];
  received: number;
}

/**
 * Joins the chunks of each sender's scans. A chunk of another revision than
 * the unfinished scan's replaces that scan, because the frame scanned again
 * or was reloaded, and a reloaded frame's counter starts again.
 * NOTE: this relies on one sender's messages arriving in the order it sent
 * them, as they do in Chromium and Firefox, which neither documents.
 */
export class ScanChunkJoiner {
  private readonly pending = new Map<string, Pending>();

  /** Adds a chunk from `sender`; returns the whole scan once its last missing chunk arrives. */
  add(sender: string, chunk: FrameScanChunk): FrameScanReport | undefined {
    let pending = this.pending.get(sender);
    if (!pending || pending.revision !== chunk.revision || pending.chunks.length !== chunk.count) {
      pending = { revision: chunk.revision, chunks: new Array(chunk.count), received: 0 };
      this.pending.set(sender, pending);
    }
    if (chunk.index >= chunk.count || pending.chunks[chunk.index]) return undefined;
    pending.chunks[chunk.index] = chunk;
    pending.received++;
    if (pending.received < chunk.count) return undefined;

    this.pending.delete(sender);
    return joinChunks(pending.chunks as FrameScanChunk[]);
  }

  /** Forgets the unfinished scans of senders whose name starts with `prefix`, such as a closed tab's. */
  forget(prefix: string): void {
    for (const sender of this.pending.keys()) {
      if (sender.startsWith(prefix)) this.pending.delete(sender);
    }
  }
}

function joinChunks(chunks: readonly FrameScanChunk[]): FrameScanReport | undefined {
  const summary = chunks[chunks.length - 1].summary;
  if (!summary) return undefined;
  const units = chunks.flatMap((chunk) => chunk.units);
  const scan: FrameScan = { units, closedRootsUnread: summary.closedRootsUnread };
  if (summary.lang !== undefined) scan.lang = summary.lang;
  return { ...summary, revision: chunks[0].revision, scan };
}
