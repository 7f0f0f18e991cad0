/** Sending a frame scan in chunks and joining them again, through the panel's message check. */
import { describe, expect, it } from 'vitest';
import type { ScannedUnit } from '@/utils/detect/frame-scan';
import type { FrameScanChunk, FrameScanSummary } from '@/utils/messaging/page-model';
import { UNITS_PER_CHUNK, ScanChunkJoiner, chunkFrameScan } from '@/utils/messaging/scan-chunks';
import { parseContentMessage } from '@/utils/schema/messages';

function unit(position: number): ScannedUnit {
  return {
    info: { key: `c${position + 1}`, kind: 'text', state: 'editable' },
    selector: `#f${position}`,
    evidence: [{ source: 'label-for', text: `Field ${position}`, form: 'label' }],
    context: [],
    value: { kind: 'text', text: '' },
    near: [position * 3, position * 3 + 1, position * 3 + 2],
  };
}

const UNITS = Array.from({ length: UNITS_PER_CHUNK * 2 + 5 }, (_, index) => unit(index));
const SUMMARY: FrameScanSummary = { lostKeys: ['c9'], closedRootsUnread: 1, lang: 'de' };

/** Returns a chunk as the panel reads it: through JSON and the content message check. */
function received(chunk: FrameScanChunk): FrameScanChunk {
  const message = parseContentMessage(JSON.parse(JSON.stringify({ type: 'frame-scan', chunk })));
  if (message?.type !== 'frame-scan') throw new Error('The chunk did not pass the message check');
  return message.chunk;
}

describe('chunkFrameScan', () => {
  it('splits the units and puts the summary last', () => {
    const chunks = chunkFrameScan(4, UNITS, SUMMARY);

    expect(chunks.map((chunk) => chunk.units.length)).toEqual([
      UNITS_PER_CHUNK,
      UNITS_PER_CHUNK,
      5,
    ]);
    expect(chunks.map((chunk) => chunk.summary)).toEqual([undefined, undefined, SUMMARY]);
  });

  it('sends one chunk for a frame without units', () => {
    const chunks = chunkFrameScan(1, [], SUMMARY);

    expect(chunks).toHaveLength(1);
    expect(chunks[0].count).toBe(1);
  });
});

describe('ScanChunkJoiner', () => {
  it('returns the whole scan with its last chunk', () => {
    const joiner = new ScanChunkJoiner();
    const [first, second, last] = chunkFrameScan(4, UNITS, SUMMARY).map(received);

    expect(joiner.add('7', first)).toBeUndefined();
    expect(joiner.add('7', second)).toBeUndefined();
    const joined = joiner.add('7', last);
    expect(joined?.revision).toBe(4);
    expect(joined?.scan.units).toEqual(UNITS);
    expect(joined?.scan.lang).toBe('de');
    expect(joined?.lostKeys).toEqual(['c9']);
  });

  it('drops an unfinished scan when another revision starts', () => {
    const joiner = new ScanChunkJoiner();
    const older = chunkFrameScan(4, UNITS, SUMMARY);
    const newer = chunkFrameScan(5, UNITS.slice(0, 3), SUMMARY);

    expect(joiner.add('7', older[0])).toBeUndefined();
    expect(joiner.add('7', newer[0])?.revision).toBe(5);
    expect(joiner.add('7', older[1])).toBeUndefined();
    expect(joiner.add('7', older[2])).toBeUndefined();
  });

  it('keeps the scans of two senders apart', () => {
    const joiner = new ScanChunkJoiner();
    const [first, , last] = chunkFrameScan(2, UNITS, SUMMARY);

    expect(joiner.add('1', first)).toBeUndefined();
    expect(joiner.add('2', last)).toBeUndefined();
  });
});

describe('frame-scan message check', () => {
  it('rejects a chunk whose index is out of range', () => {
    const [chunk] = chunkFrameScan(1, UNITS.slice(0, 1), SUMMARY);
    const message = { type: 'frame-scan', chunk: { ...chunk, index: 1 } };

    expect(parseContentMessage(message)).toBeUndefined();
  });

  it('rejects a unit without its evidence form', () => {
    const [chunk] = chunkFrameScan(1, UNITS.slice(0, 1), SUMMARY);
    const formless = { ...chunk.units[0], evidence: [{ source: 'label-for', text: 'x' }] };
    const message = { type: 'frame-scan', chunk: { ...chunk, units: [formless] } };

    expect(parseContentMessage(message)).toBeUndefined();
  });
});
