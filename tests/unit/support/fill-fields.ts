import type {
  ControlInfo,
  DetectedField,
  OptionInfo,
  PageValue,
  PartRole,
} from '../../../utils/messaging/page-model';

/** Builds a control with defaults: an editable text box. */
export function control(facts: Partial<ControlInfo> = {}): ControlInfo {
  return { key: 'k1', kind: 'text', state: 'editable', ...facts };
}

/** Builds options from value and text pairs. */
export function options(...pairs: [value: string, text: string][]): OptionInfo[] {
  return pairs.map(([value, text]) => ({ value, text }));
}

/** Builds a detection of one field over the given controls, holding an empty value. */
export function detected(
  fieldId: string,
  controls: ControlInfo[],
  extra: { roles?: PartRole[]; value?: PageValue } = {},
): DetectedField {
  return {
    fieldId,
    controls,
    roles: extra.roles,
    selectors: controls.map((item) => `#${item.key}`),
    label: fieldId,
    source: 'label-for',
    confidence: 1,
    evidence: [],
    value: extra.value ?? { kind: 'text', text: '' },
  };
}

/**
 * Builds the options of an hour or minute list: `count` numbers from 0 in
 * steps of `step`, each written with two digits as value and text.
 */
export function clockOptions(count: number, step = 1): OptionInfo[] {
  return Array.from({ length: count }, (_, index) => {
    const text = String(index * step).padStart(2, '0');
    return { value: text, text };
  });
}
