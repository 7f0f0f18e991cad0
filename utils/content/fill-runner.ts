import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isAriaWidget, isWidgetDisabled } from '@/utils/detect/aria-widgets';
import { uniqueSelector } from '@/utils/detect/selector';
import {
  restoreSnapshot,
  sameSnapshot,
  snapshotControl,
  type ControlSnapshot,
} from '@/utils/fill/control-state';
import { executeStep, readBack } from '@/utils/fill/write';
import type {
  FillControlMessage,
  OptionsResponse,
  PickerResponse,
  UndoOutcome,
  UndoStatus,
} from '@/utils/messaging/fill-messages';
import type { FieldWrite, WriteOutcome, WriteStep } from '@/utils/messaging/page-model';
import type { FrameScanner } from './frame-scanner';
import { highlightElements } from './highlight';
import { awaitOptions } from './option-waiter';
import { findPickerButton } from './picker-button';

/** Frameworks settle their state this long after the events of a write. */
const READ_BACK_DELAY_MS = 500;

/** One step a fill wrote, with what its controls held before and after. */
interface WrittenStep {
  fieldId: string;
  step: WriteStep;
  elements: Element[];
  selectors: string[];
  before: ControlSnapshot;
  /** Set at the read-back, unless the controls were gone by then. */
  after?: ControlSnapshot;
}

/** Undo statuses from best to worst. A field shows the worst of its steps. */
const UNDO_ORDER: UndoStatus[] = ['restored', 'kept', 'rejected', 'lost'];

function isLocked(element: Element): boolean {
  if (isAriaWidget(element)) return isWidgetDisabled(element);
  const control = element as HTMLInputElement;
  return control.disabled === true || control.readOnly === true;
}

/**
 * Finds the controls that hold a written step now. A page that re-renders
 * its form replaces the elements, so a detached one is looked up again by
 * the selector it had when it was written.
 */
function currentElements(written: WrittenStep): Element[] | undefined {
  if (written.elements.every((element) => element.isConnected)) return written.elements;
  const found = written.selectors.map((selector) =>
    selector.includes('>>>') ? null : document.querySelector(selector),
  );
  return found.every((element) => element !== null) ? (found as Element[]) : undefined;
}

/**
 * Writes the fields the officer confirmed in one frame, reads them back,
 * and keeps what the controls held before, so that the last fill can be
 * undone. The history contains DOM state only and stays in this frame.
 */
export class FillRunner {
  private history: { fillId: string; steps: WrittenStep[] } | undefined;

  constructor(
    private readonly scanner: FrameScanner,
    private readonly ctx: ContentScriptContext,
  ) {}

  /** Handles a fill message of the panel and returns the response to send. */
  handle(
    message: FillControlMessage | { type: 'fill'; writes: FieldWrite[]; fillId?: string },
  ): Promise<unknown> {
    switch (message.type) {
      case 'fill':
        return this.fill(message.writes, message.fillId).then((outcomes) => ({ outcomes }));
      case 'undo-fill':
        return this.undo(message.fillId).then((outcomes) => ({ outcomes }));
      case 'await-options':
        return this.awaitOptions(message.key, message.known, message.timeoutMs);
      case 'focus-picker':
        return Promise.resolve(this.focusPicker(message.key));
    }
  }

  /**
   * Writes the fields, waits for the page to settle, and reads every value
   * back. A value the page dropped or changed is `rejected`, and a control
   * the page replaced by an empty one is `lost`. The outcomes are in the order
   * of `writes`. Writes with the same `fillId` as the last ones join its
   * history, so that a fill made in stages is undone as one.
   */
  async fill(writes: FieldWrite[], fillId?: string): Promise<WriteOutcome[]> {
    const id = fillId ?? crypto.randomUUID();
    if (this.history?.fillId !== id) this.history = { fillId: id, steps: [] };
    const written: WrittenStep[][] = writes.map(() => []);
    const outcomes = writes.map((write, index) => this.writeField(write, written[index]));

    await this.wait(READ_BACK_DELAY_MS);

    written.forEach((steps, index) => {
      for (const entry of steps) {
        const elements = currentElements(entry);
        if (elements) entry.after = snapshotControl(elements, entry.step);
        if (outcomes[index]) continue;
        if (!elements) {
          outcomes[index] = { fieldId: entry.fieldId, status: 'lost' };
        } else if (!readBack(elements, entry.step)) {
          const replaced = elements !== entry.elements;
          outcomes[index] = replaced
            ? { fieldId: entry.fieldId, status: 'lost' }
            : { fieldId: entry.fieldId, status: 'rejected', reason: 'fill_error_not_accepted' };
        }
      }
      this.history?.steps.push(...steps);
    });
    return writes.map(
      (write, index) => outcomes[index] ?? { fieldId: write.fieldId, status: 'filled' },
    );
  }

  private writeField(write: FieldWrite, written: WrittenStep[]): WriteOutcome | undefined {
    for (const step of write.steps) {
      const elements = this.scanner.elementsOf(step.key);
      if (!elements || elements.some((element) => !element.isConnected)) {
        return { fieldId: write.fieldId, status: 'lost' };
      }
      if (elements.every(isLocked)) return { fieldId: write.fieldId, status: 'locked' };

      const selectors = elements.map((element) => uniqueSelector(element));
      try {
        const before = snapshotControl(elements, step);
        executeStep(elements, step);
        written.push({ fieldId: write.fieldId, step, elements, selectors, before });
      } catch {
        return { fieldId: write.fieldId, status: 'rejected', reason: 'fill_error_write_failed' };
      }
      this.scanner.markFilled(step.key);
    }
    return undefined;
  }

  /**
   * Puts back what the controls of the last fill held before it, last write
   * first, with the events of a person's edit. A control that someone
   * changed after the fill is `kept` as it is. The outcomes give one status
   * per field: the worst of its controls.
   */
  async undo(fillId: string): Promise<UndoOutcome[]> {
    const steps = this.history?.fillId === fillId ? this.history.steps : [];
    this.history = undefined;
    const statuses = new Map<string, UndoStatus>();
    const mark = (fieldId: string, status: UndoStatus) => {
      const known = statuses.get(fieldId);
      if (!known || UNDO_ORDER.indexOf(status) > UNDO_ORDER.indexOf(known)) {
        statuses.set(fieldId, status);
      }
    };

    const restored = [...steps].reverse().filter((entry) => {
      const status = this.restoreStep(entry);
      if (status) mark(entry.fieldId, status);
      return status === undefined;
    });
    await this.wait(READ_BACK_DELAY_MS);

    for (const entry of restored) {
      const elements = currentElements(entry);
      if (!elements) {
        mark(entry.fieldId, 'lost');
        continue;
      }
      const holdsBefore = sameSnapshot(snapshotControl(elements, entry.step), entry.before);
      mark(entry.fieldId, holdsBefore ? 'restored' : 'rejected');
    }
    return [...statuses].map(([fieldId, status]) => ({ fieldId, status }));
  }

  /** Restores one step, or returns the final status when there is nothing to restore. */
  private restoreStep(entry: WrittenStep): UndoStatus | undefined {
    const elements = currentElements(entry);
    if (!elements) return 'lost';
    const now = snapshotControl(elements, entry.step);
    if (sameSnapshot(now, entry.before)) return 'restored';
    if (!entry.after || !sameSnapshot(now, entry.after)) return 'kept';
    try {
      restoreSnapshot(elements, entry.before);
      return undefined;
    } catch {
      return 'rejected';
    }
  }

  private awaitOptions(key: string, known: string, timeoutMs: number): Promise<OptionsResponse> {
    const select = this.scanner.elementsOf(key)?.[0];
    if (!select?.isConnected || select.localName !== 'select') {
      return Promise.resolve({ status: 'lost' });
    }
    return awaitOptions(this.ctx, select as HTMLSelectElement, known, timeoutMs);
  }

  /** Focuses and outlines the button beside a control that opens the page's date picker. */
  private focusPicker(key: string): PickerResponse {
    const control = this.scanner.elementsOf(key)?.[0];
    const button = control?.isConnected ? findPickerButton(control) : undefined;
    if (!button) return { found: false };
    highlightElements([button]);
    return { found: true };
  }

  private wait(milliseconds: number): Promise<void> {
    return new Promise((resolve) => this.ctx.setTimeout(resolve, milliseconds));
  }
}
