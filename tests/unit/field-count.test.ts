import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { receiveFieldCount } from '@/utils/background/frame-scans';
import { FrameScanner } from '@/utils/content/frame-scanner';
import type { ContentMessage, ToContentMessage } from '@/utils/messaging/messages';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Returns a context that stays valid for the whole test. */
function validContext(): ContentScriptContext {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    isInvalid: false,
    onInvalidated: () => () => undefined,
    setTimeout: (handler: () => void, milliseconds: number) =>
      window.setTimeout(handler, milliseconds),
  } as unknown as ContentScriptContext;
}

/** Records what the scanner sends with `runtime.sendMessage`. */
function recordSends(): ContentMessage[] {
  const sent: ContentMessage[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    sent.push(message as ContentMessage);
    return undefined;
  }) as typeof fakeBrowser.runtime.sendMessage);
  return sent;
}

const scanChunks = (sent: ContentMessage[]) =>
  sent.flatMap((message) => (message.type === 'frame-scan' ? [message.chunk] : []));

async function scannedFrame() {
  document.body.innerHTML = `
    <label for="nom">Nom</label><input id="nom" name="nom">
    <label for="ne">Né le</label><input id="ne" name="ne">`;
  const sent = recordSends();
  const scanner = new FrameScanner(validContext());
  scanner.start();
  await vi.waitFor(() => expect(scanChunks(sent).length).toBeGreaterThan(0));
  return { scanner, sent };
}

describe('FrameScanner.reportFieldCount', () => {
  it('sends nothing before its first scan', () => {
    const sent = recordSends();
    new FrameScanner(validContext()).reportFieldCount();
    expect(sent).toEqual([]);
  });

  it('counts the fields of the classification of its latest scan', async () => {
    const { scanner, sent } = await scannedFrame();
    const { revision } = scanChunks(sent)[0];
    scanner.setClassified({
      type: 'frame-fields',
      revision,
      entries: [
        { keys: ['nom'], selectors: ['#nom'], isField: true },
        { keys: ['ne'], selectors: ['#ne'], isField: true },
        { keys: ['a', 'b'], selectors: ['#a', '#b'], isField: false },
      ],
    });
    sent.length = 0;

    scanner.reportFieldCount();

    expect(sent).toEqual([{ type: 'field-count', count: 2 }]);
  });

  it('sends its scan again when no classification of it came back', async () => {
    const { scanner, sent } = await scannedFrame();
    const first = scanChunks(sent)[0];
    sent.length = 0;

    scanner.reportFieldCount();

    await vi.waitFor(() => expect(scanChunks(sent).length).toBeGreaterThan(0));
    const again = scanChunks(sent)[0];
    expect(again.revision).toBe(first.revision + 1);
    expect(again.units.map((unit) => unit.info.key)).toEqual(
      first.units.map((unit) => unit.info.key),
    );
    expect(sent.some((message) => message.type === 'field-count')).toBe(false);
  });
});

describe('receiveFieldCount', () => {
  function recordTabSends(): unknown[][] {
    const sent: unknown[][] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (...args: unknown[]) => {
      sent.push(args);
      return undefined;
    }) as typeof fakeBrowser.tabs.sendMessage);
    return sent;
  }

  it("passes a child frame's count to the top frame of its tab", () => {
    const sent = recordTabSends();
    receiveFieldCount({ type: 'field-count', count: 7 }, { tab: { id: 4 }, frameId: 3 });
    const expected: ToContentMessage = { type: 'frame-field-count', frameId: 3, count: 7 };
    expect(sent).toEqual([[4, expected, { frameId: 0 }]]);
  });

  it('ignores the top frame, malformed counts and senders without a tab', () => {
    const sent = recordTabSends();
    receiveFieldCount({ type: 'field-count', count: 7 }, { tab: { id: 4 }, frameId: 0 });
    receiveFieldCount({ type: 'field-count', count: -1 }, { tab: { id: 4 }, frameId: 3 });
    receiveFieldCount({ type: 'field-count', count: 'many' }, { tab: { id: 4 }, frameId: 3 });
    receiveFieldCount({ type: 'field-count', count: 2 }, { frameId: 3 });
    expect(sent).toEqual([]);
  });
});
