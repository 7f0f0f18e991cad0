/** Sending a frame scan in chunks and joining them again, through the panel's message check. */
import { describe, expect, it } from 'vitest';
import type { ScannedField } from '@/utils/detect/frame-scan';
import type { FrameScanChunk, FrameScanSummary } from '@/utils/messaging/page-model';
import { FIELDS_PER_CHUNK, ScanChunkJoiner, chunkFrameScan } from '@/utils/messaging/scan-chunks';
import { parseContentMessage } from '@/utils/schema/messages';

function field(position: number): ScannedField {
  return {
    parts: [
      {
        position,
        followsNeighbour: position > 0,
        info: { key: `c${position + 1}`, kind: 'text', state: 'editable' },
        selector: `#f${position}`,
        evidence: [{ source: 'label-for', text: `Field ${position}`, form: 'label' }],
        context: [],
        dateLike: false,
        value: { kind: 'text', text: '' },
      },
    ],
  };
}

const FIELDS = Array.from({ length: FIELDS_PER_CHUNK * 2 + 5 }, (_, index) => field(index));
const SUMMARY: FrameScanSummary = { lostKeys: ['c9'], closedRootsUnread: 1, lang: 'de' };

/** Returns a chunk as the panel reads it: through JSON and the content message check. */
function received(chunk: FrameScanChunk): FrameScanChunk {
  const message = parseContentMessage(JSON.parse(JSON.stringify({ type: 'frame-scan', chunk })));
  if (message?.type !== 'frame-scan') throw new Error('The chunk did not pass the message check');
  return message.chunk;
}

describe('chunkFrameScan', () => {
  it('splits the fields and puts the summary last', () => {
    const chunks = chunkFrameScan(4, FIELDS, SUMMARY);

    expect(chunks.map((chunk) => chunk.fields.length)).toEqual([
      FIELDS_PER_CHUNK,
      FIELDS_PER_CHUNK,
      5,
    ]);
    expect(chunks.map((chunk) => chunk.summary)).toEqual([undefined, undefined, SUMMARY]);
  });

  it('sends one chunk for a frame without fields', () => {
    const chunks = chunkFrameScan(1, [], SUMMARY);

    expect(chunks).toHaveLength(1);
    expect(chunks[0].count).toBe(1);
  });
});

describe('ScanChunkJoiner', () => {
  it('returns the whole scan with its last chunk', () => {
    const joiner = new ScanChunkJoiner();
    const [first, second, last] = chunkFrameScan(4, FIELDS, SUMMARY).map(received);

    expect(joiner.add('7', first)).toBeUndefined();
    expect(joiner.add('7', second)).toBeUndefined();
    const joined = joiner.add('7', last);
    expect(joined?.revision).toBe(4);
    expect(joined?.scan.fields).toEqual(FIELDS);
    expect(joined?.scan.lang).toBe('de');
    expect(joined?.lostKeys).toEqual(['c9']);
  });

  it('drops an unfinished scan when another revision starts', () => {
    const joiner = new ScanChunkJoiner();
    const older = chunkFrameScan(4, FIELDS, SUMMARY);
    const newer = chunkFrameScan(5, FIELDS.slice(0, 3), SUMMARY);

    expect(joiner.add('7', older[0])).toBeUndefined();
    expect(joiner.add('7', newer[0])?.revision).toBe(5);
    expect(joiner.add('7', older[1])).toBeUndefined();
    expect(joiner.add('7', older[2])).toBeUndefined();
  });

  it('keeps the scans of two senders apart', () => {
    const joiner = new ScanChunkJoiner();
    const [first, , last] = chunkFrameScan(2, FIELDS, SUMMARY);

    expect(joiner.add('1', first)).toBeUndefined();
    expect(joiner.add('2', last)).toBeUndefined();
  });
});

describe('frame-scan message check', () => {
  it('rejects a chunk whose index is out of range', () => {
    const [chunk] = chunkFrameScan(1, FIELDS.slice(0, 1), SUMMARY);
    const message = { type: 'frame-scan', chunk: { ...chunk, index: 1 } };

    expect(parseContentMessage(message)).toBeUndefined();
  });

  it('rejects a unit without its evidence form', () => {
    const [chunk] = chunkFrameScan(1, FIELDS.slice(0, 1), SUMMARY);
    const unit = { ...chunk.fields[0].parts[0], evidence: [{ source: 'label-for', text: 'x' }] };
    const message = { type: 'frame-scan', chunk: { ...chunk, fields: [{ parts: [unit] }] } };

    expect(parseContentMessage(message)).toBeUndefined();
  });
});
