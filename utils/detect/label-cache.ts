/**
 * Label evidence and hints of single controls, kept between scans of one
 * document. After a page update a rescan reads labels again only for the
 * controls in the regions that changed, and reuses the rest.
 */
import type { EvidenceItem } from './evidence';

export interface LabelReading {
  evidence: readonly EvidenceItem[];
  hint?: string;
}

interface Entry extends LabelReading {
  /** The control's own attributes when it was read; any change reads it again. */
  attributes: string;
}

/**
 * Elements whose subtree contains a control's label cells, legend and nearby
 * text. A change inside one invalidates the controls inside it.
 * NOTE: the text before the first control of a region can come from a
 * neighbouring region, and a change there alone keeps the old reading.
 */
const REGION_SELECTOR = 'table, fieldset, form, dl';

/** Controls that take text from elsewhere in the document by id; they are never kept. */
const REFERENCE_ATTRIBUTES = new Set(['aria-labelledby', 'aria-describedby']);

export class LabelCache {
  private readonly entries = new Map<Element, Entry>();
  private readonly changedRegions = new Set<Element>();
  private everythingChanged = false;

  /** Records one page change, applied when the next scan starts. */
  noteMutation(record: MutationRecord): void {
    const { target } = record;
    const element = target instanceof Element ? target : target.parentElement;
    const region = element?.closest(REGION_SELECTOR);
    if (!region) {
      this.everythingChanged = true;
      return;
    }
    this.changedRegions.add(region);

    // A removed label may have named a control outside this region.
    for (const node of record.removedNodes) {
      if (node instanceof Element && (node.tagName === 'LABEL' || node.querySelector('label'))) {
        this.everythingChanged = true;
      }
    }
  }

  /** Drops the readings that the changes since the last scan may have made wrong. */
  applyChanges(): void {
    if (this.everythingChanged) {
      this.entries.clear();
    } else if (this.changedRegions.size > 0) {
      const regions = [...this.changedRegions];
      // Labels in a changed region may name, by `for`, a control outside it.
      const namedIds = new Set<string>();
      for (const region of regions) {
        for (const label of region.querySelectorAll('label[for]')) {
          namedIds.add((label as HTMLLabelElement).htmlFor);
        }
      }
      for (const element of this.entries.keys()) {
        const stale =
          !element.isConnected ||
          (element.id !== '' && namedIds.has(element.id)) ||
          regions.some((region) => region.contains(element));
        if (stale) this.entries.delete(element);
      }
    }
    this.everythingChanged = false;
    this.changedRegions.clear();
  }

  /**
   * Returns the control's cached reading, or reads it with `read` and caches
   * it. The reading's evidence array is shared with the cache, so callers
   * copy it before they change it.
   */
  reading(element: Element, read: () => LabelReading): LabelReading {
    const attributes = attributeSignature(element);
    if (attributes === undefined) return read();

    const cached = this.entries.get(element);
    if (cached && cached.attributes === attributes) return cached;

    const fresh = read();
    this.entries.set(element, { evidence: fresh.evidence, hint: fresh.hint, attributes });
    return fresh;
  }
}

/**
 * Returns the element's attributes as one string, or undefined when it has a
 * reference attribute. Attribute names and `getAttribute` avoid the `Attr`
 * node that iterating `attributes` creates for each attribute.
 */
function attributeSignature(element: Element): string | undefined {
  let signature = '';
  for (const name of element.getAttributeNames()) {
    if (REFERENCE_ATTRIBUTES.has(name)) return undefined;
    signature += `${name}=${element.getAttribute(name)}\u0000`;
  }
  return signature;
}
