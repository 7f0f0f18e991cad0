/**
 * Classifying the frame scans that content scripts send, for the facts the
 * page itself needs. The top frame shows the panel once the tab contains
 * enough catalogue fields, the submission gate checks whether a form
 * contains one, and mapping mode reports a split field's parts together. The panel
 * classifies the same scans for everything else.
 */
import { classifyFrameReport } from '@/utils/detect/classify-report';
import type { FieldControls, ToContentMessage } from '@/utils/messaging/messages';
import type { DetectedField } from '@/utils/messaging/page-model';
import { ScanChunkJoiner } from '@/utils/messaging/scan-chunks';
import { parseContentMessage } from '@/utils/schema/messages';

type Sender = { tab?: { id?: number }; frameId?: number };

const joiner = new ScanChunkJoiner();

/** Drops the unfinished scans of closed tabs. */
export function watchClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => joiner.forget(`${tabId} `));
}

/**
 * Takes one chunk of a frame's scan. Once the scan is whole, it classifies
 * it, sends the frame its fields' controls and the top frame the count.
 */
export function receiveFrameScan(raw: unknown, sender: Sender): void {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined) return;
  const message = parseContentMessage(raw);
  if (message?.type !== 'frame-scan') return;
  const scanned = joiner.add(`${tabId} ${frameId}`, message.chunk);
  if (!scanned) return;

  const { report, unclassified } = classifyFrameReport(scanned);
  const groups = unclassified.filter((entry) => entry.controls.length > 1);
  const fields: ToContentMessage = {
    type: 'frame-fields',
    revision: report.revision,
    entries: [
      ...report.fields.map((field) => controlsOf(field, true)),
      ...groups.map((entry) => controlsOf(entry, false)),
    ],
  };
  browser.tabs.sendMessage(tabId, fields, { frameId }).catch(() => {
    // The frame navigated away; its next scan brings its new fields.
  });
  forwardFieldCount(tabId, frameId, report.fields.length);
}

/** Passes a child frame's own count of its fields on to the top frame. */
export function receiveFieldCount(raw: unknown, sender: Sender): void {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || frameId === 0) return;
  const message = parseContentMessage(raw);
  if (message?.type !== 'field-count') return;
  forwardFieldCount(tabId, frameId, message.count);
}

function controlsOf(
  entry: Pick<DetectedField, 'controls' | 'selectors' | 'roles'>,
  isField: boolean,
): FieldControls {
  const controls: FieldControls = {
    keys: entry.controls.map((control) => control.key),
    selectors: entry.selectors,
    isField,
  };
  if (entry.roles) controls.roles = entry.roles;
  return controls;
}

/**
 * Tells the top frame of a tab how many catalogue fields a frame contains, so
 * that it can show the panel once the page contains enough of them.
 */
function forwardFieldCount(tabId: number, frameId: number, count: number): void {
  const message: ToContentMessage = { type: 'frame-field-count', frameId, count };
  browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {
    // The tab navigated away or its top frame has no content script.
  });
}
