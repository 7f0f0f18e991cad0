import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forwardToPanels, watchPanelPorts } from '@/utils/background/panel-ports';
import { relayToTab } from '@/utils/background/tab-relay';
import type { ToContentMessage } from '@/utils/messaging/messages';

const PANEL_URL = fakeBrowser.runtime.getURL('/panel.html');
const PAGE_URL = 'http://127.0.0.1:8080/alert.html';
const REPORT = { type: 'frame-scan', chunk: { fields: [] } };

interface FakePort {
  name: string;
  sender: { id?: string; url?: string; tab?: { id?: number } };
  posted: unknown[];
  disconnected: boolean;
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(listener: () => void): void };
}

function makePort(name: string, sender: FakePort['sender']): FakePort {
  const onDisconnect: (() => void)[] = [];
  const port: FakePort = {
    name,
    sender,
    posted: [],
    disconnected: false,
    postMessage: (message) => port.posted.push(message),
    disconnect: () => {
      port.disconnected = true;
      onDisconnect.forEach((listener) => listener());
    },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
  };
  return port;
}

describe('relayToTab', () => {
  const message: ToContentMessage = { type: 'request-report' };
  let sent: unknown[][];

  beforeEach(() => {
    sent = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (...args: unknown[]) => {
      sent.push(args);
      return { outcomes: [] };
    }) as typeof fakeBrowser.tabs.sendMessage);
  });

  afterEach(() => vi.restoreAllMocks());

  it('sends a panel message to its own tab and frame', async () => {
    const reply = relayToTab(
      { type: 'relay-to-tab', message, frameId: 2 },
      { tab: { id: 7 }, url: PANEL_URL },
    );
    expect(await reply).toEqual({ outcomes: [] });
    expect(sent).toEqual([[7, message, { frameId: 2 }]]);
  });

  it('sends to every frame without a frame id', async () => {
    await relayToTab({ type: 'relay-to-tab', message }, { tab: { id: 7 }, url: PANEL_URL });
    expect(sent).toEqual([[7, message, undefined]]);
  });

  it('ignores a content script', () => {
    const reply = relayToTab({ type: 'relay-to-tab', message }, { tab: { id: 7 }, url: PAGE_URL });
    expect(reply).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('ignores a page outside a tab', () => {
    const reply = relayToTab({ type: 'relay-to-tab', message }, { url: PANEL_URL });
    expect(reply).toBeUndefined();
    expect(sent).toEqual([]);
  });
});

describe('panel ports', () => {
  let connect: (port: FakePort) => void;
  const opened: FakePort[] = [];

  function openPort(name: string, sender: FakePort['sender']): FakePort {
    const port = makePort(name, sender);
    opened.push(port);
    connect(port);
    return port;
  }

  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((
      listener: (port: FakePort) => void,
    ) => {
      connect = listener;
    }) as unknown as typeof fakeBrowser.runtime.onConnect.addListener);
    watchPanelPorts();
  });

  afterEach(() => {
    opened.splice(0).forEach((port) => port.disconnect());
    vi.restoreAllMocks();
  });

  const panelSender = (tabId: number) => ({
    id: fakeBrowser.runtime.id,
    url: PANEL_URL,
    tab: { id: tabId },
  });

  it('forwards a frame report to the panel of its tab', () => {
    const port = openPort('panel', panelSender(7));
    forwardToPanels(REPORT, { tab: { id: 7 }, frameId: 3, url: PAGE_URL });
    expect(port.posted).toEqual([{ message: REPORT, frameId: 3, url: PAGE_URL }]);
  });

  it('forwards a stopped submission to the panel of its tab', () => {
    const port = openPort('panel', panelSender(7));
    const checked = { type: 'submission-checked', check: { id: 'a-1', outcome: 'blocked' } };
    forwardToPanels(checked, { tab: { id: 7 }, frameId: 2, url: PAGE_URL });
    expect(port.posted).toEqual([{ message: checked, frameId: 2, url: PAGE_URL }]);
  });

  it('forwards nothing to the panel of another tab', () => {
    const port = openPort('panel', panelSender(8));
    forwardToPanels(REPORT, { tab: { id: 7 }, frameId: 0, url: PAGE_URL });
    expect(port.posted).toEqual([]);
  });

  it('forwards no message of another type', () => {
    const port = openPort('panel', panelSender(7));
    forwardToPanels({ type: 'get-profile' }, { tab: { id: 7 }, frameId: 0, url: PAGE_URL });
    expect(port.posted).toEqual([]);
  });

  it('forwards no message of an extension page', () => {
    const port = openPort('panel', panelSender(7));
    forwardToPanels(REPORT, { tab: { id: 7 }, frameId: 0, url: PANEL_URL });
    expect(port.posted).toEqual([]);
  });

  it('disconnects a port opened by a content script', () => {
    const port = openPort('panel', { id: fakeBrowser.runtime.id, url: PAGE_URL, tab: { id: 7 } });
    expect(port.disconnected).toBe(true);
    forwardToPanels(REPORT, { tab: { id: 7 }, frameId: 0, url: PAGE_URL });
    expect(port.posted).toEqual([]);
  });

  it('forwards nothing after the panel disconnects', () => {
    const port = openPort('panel', panelSender(7));
    port.disconnect();
    forwardToPanels(REPORT, { tab: { id: 7 }, frameId: 0, url: PAGE_URL });
    expect(port.posted).toEqual([]);
  });
});
