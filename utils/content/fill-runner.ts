import { uniqueSelector } from '@/utils/detect';
import { executeStep, readBack } from '@/utils/fill/write';
import type { FieldWrite, WriteOutcome, WriteStep } from '@/utils/messaging/page-model';
import type { FrameScanner } from './frame-scanner';

/** Frameworks settle their state this long after the events of a write. */
const READ_BACK_DELAY_MS = 500;

interface WrittenStep {
  index: number;
  step: WriteStep;
  elements: Element[];
  selectors: string[];
}

function isLocked(element: Element): boolean {
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

function writeField(
  scanner: FrameScanner,
  write: FieldWrite,
  index: number,
  written: WrittenStep[],
): WriteOutcome | undefined {
  for (const step of write.steps) {
    const elements = scanner.elementsOf(step.key);
    if (!elements || elements.some((element) => !element.isConnected)) {
      return { fieldId: write.fieldId, status: 'lost' };
    }
    if (elements.every(isLocked)) return { fieldId: write.fieldId, status: 'locked' };

    const selectors = elements.map((element) => uniqueSelector(element));
    try {
      executeStep(elements, step);
    } catch {
      return { fieldId: write.fieldId, status: 'rejected', reason: 'fill_error_write_failed' };
    }
    scanner.markFilled(step.key);
    written.push({ index, step, elements, selectors });
  }
  return undefined;
}

/**
 * Writes the fields the officer confirmed, waits for the page to settle, and
 * reads every value back. A value the page dropped or changed is `rejected`;
 * a control the page replaced by an empty one is `lost`. The outcomes are in
 * the order of `writes`.
 */
export async function runFill(
  scanner: FrameScanner,
  writes: FieldWrite[],
): Promise<WriteOutcome[]> {
  const written: WrittenStep[] = [];
  const outcomes: (WriteOutcome | undefined)[] = writes.map((write, index) =>
    writeField(scanner, write, index, written),
  );

  await new Promise((resolve) => setTimeout(resolve, READ_BACK_DELAY_MS));

  for (const entry of written) {
    if (outcomes[entry.index]) continue;
    const fieldId = writes[entry.index].fieldId;
    const elements = currentElements(entry);
    if (!elements) {
      outcomes[entry.index] = { fieldId, status: 'lost' };
    } else if (!readBack(elements, entry.step)) {
      const replaced = elements !== entry.elements;
      outcomes[entry.index] = replaced
        ? { fieldId, status: 'lost' }
        : { fieldId, status: 'rejected', reason: 'fill_error_not_accepted' };
    }
  }
  return writes.map(
    (write, index) => outcomes[index] ?? { fieldId: write.fieldId, status: 'filled' },
  );
}
