import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIELD_STATUS, FIELDS, type FieldDefinition, type FieldStatus } from '@/utils/catalogue';
import {
  createRuleContext,
  DEFAULT_CHECKLIST,
  evaluate,
  IncrementalEvaluator,
  RULE_IDS,
  type Checklist,
} from '@/utils/checklist';
import { FACT_READS } from '@/utils/checklist/context';
import { clearCatalogues, setCatalogues } from '@/utils/i18n';
import { useEnglishMessages } from './support/messages';
import englishMessages from '../../public/_locales/en/messages.json';

beforeEach(useEnglishMessages);
afterEach(clearCatalogues);

/**
 * One minute and a half before local midnight, so that edits that move the
 * clock cross the midnight on which the birth dates below reach an age.
 */
const START = new Date(2025, 5, 14, 23, 58, 30);

// Dates around the ages that rules compare on START's next day: 18 (majority),
// 18 within 4 months (majority warning) and 6 (fingerprints).
const BIRTH_DATES = [
  '2007-06-14',
  '2007-06-15',
  '2007-06',
  '2007',
  '2007-10-15',
  '2007-10-14',
  '2019-06-15',
  '2012-03-01',
  '1990-01-01',
  '2030-01-01',
  '15/06/2007',
  '',
];
const DATE_TIMES = [
  '2025-06-14T23:58',
  '2025-06-14T23:59',
  '2025-06-15T00:00',
  '2025-06-15T00:01',
  '2025-06-10T09:00',
  '2024-01-01T10:00',
  '2025-06-14 23:58',
  '',
];
const TEXTS = [
  'AHMADI',
  'Ахмади',
  'Ahmadí',
  'speaks Pashto and Dari',
  'call +39 333 1234567',
  'guardian: avv. Rossi, centro di accoglienza',
  'URGENT unaccompanied minor',
  'URGENT',
  'minore straniero non accompagnato',
  'x@example.org',
  'EURODAC-IT-1',
  '  ',
  '',
];
const COUNTRIES = ['ITA', 'AFG', 'DEU', 'XXA', 'ZZZ', 'it', ''];
const PHONES = ['+39 333 1234567', '0612345678', '123', 'abc', '00393331234567', ''];
/** Values of the wrong type, which rules must read as not given. */
const ODD_VALUES = [42, true, {}, [], ['x'], null];

function pool(field: FieldDefinition): unknown[] {
  switch (field.type) {
    case 'partial-date':
      return BIRTH_DATES;
    case 'partial-date-list':
      return [[], ['2007-06-15', '2008-01-01'], ['2007'], ['2007-06-15', '2007-06-15'], ['bad']];
    case 'date':
      return ['2020-01-31', '2020-02-30', '31/01/2020', ''];
    case 'datetime':
      return DATE_TIMES;
    case 'boolean':
      return [true, false];
    case 'integer':
      return [15, 150, 400, 1.5, 0, -3];
    case 'phone':
      return PHONES;
    case 'code':
      if (field.codes === 'COUNTRY') return COUNTRIES;
      return codeValues(field);
    case 'code-list':
      if (field.codes === 'COUNTRY') return [['ITA'], ['AFG', 'ZZZ'], [], ['XXA']];
      return [codeValues(field).slice(0, 2), codeValues(field).slice(-2), []];
    case 'text-list':
      return [['AHMADI', 'Ахмади'], ['+39 333 1234567', '356123456789012'], [], ['  ']];
    case 'image':
      return [{ name: 'photo.jpg', type: 'image/jpeg', size: 2048 }];
    case 'contacts':
      return [
        [{ name: 'Uncle', country: 'AFG', phone: '+93 70 123 4567' }],
        [{ name: 'Aunt', country: 'ZZZ', phone: '12' }],
        [{ name: 'Cousin', country: 'DEU', phone: '030 1234567' }, 'not a record'],
        [],
      ];
    case 'destination':
      return [{ country: 'DEU', place: 'Berlin' }, { country: 'XX' }, {}];
    default:
      return TEXTS;
  }
}

/** Returns codes of the field's code list that rules compare, with legacy and unknown codes. */
function codeValues(field: FieldDefinition): unknown[] {
  const codes: Record<string, unknown[]> = {
    ALERT_CATEGORY: ['A_I', 'A_II', 'B', 'C', 'D_I', 'D_II', 'D_III', 'E', '2', 'ZZ'],
    CASE_TYPE: ['UNACCOMPANIED_MIGRANT', 'RUNAWAY', 'PARENTAL_ABDUCTION', 'ZZ'],
    WARNING: ['ABSCONDED', 'SUICIDE_RISK', 'ZZ'],
    ACTION: ['PROTECT', 'PREVENT_TRAVEL', 'REPORT_WHEREABOUTS', 'ZZ'],
    RISK: ['TRAFFICKING', 'SUICIDE', 'TERRORISM', 'ARMED_GROUPS', 'FGM', 'ZZ'],
    GUARDIAN_STATUS: ['APPOINTED', 'NOT_YET_APPOINTED', 'ZZ'],
    LANGUAGE: ['ps', 'fa', 'zz'],
  };
  return codes[field.codes ?? ''] ?? ['M', 'F', 'BLU', 'ZZ'];
}

const fieldValue = fc
  .constantFrom(...FIELDS)
  .chain((field) =>
    fc.tuple(
      fc.constant(field.id),
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...pool(field)) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
    ),
  );

type Edit =
  | { kind: 'value'; fieldId: string; value: unknown }
  | { kind: 'status'; fieldId: string; status: FieldStatus | undefined }
  | { kind: 'clock'; seconds: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fieldValue.map(([fieldId, value]): Edit => ({ kind: 'value', fieldId, value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...FIELDS.map((field) => field.id)),
        fc.option(fc.constantFrom(...FIELD_STATUS), { nil: undefined }),
      )
      .map(([fieldId, status]): Edit => ({ kind: 'status', fieldId, status })),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 60 }).map((seconds): Edit => ({ kind: 'clock', seconds })),
  },
);

const checklist: fc.Arbitrary<Checklist> = fc.oneof(
  fc.constant(DEFAULT_CHECKLIST),
  fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...FIELDS.map((field) => field.id)),
          fc.constantFrom('required', 'recommended', 'off' as const),
          fc.integer({ min: 0, max: 5 }),
        ),
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom(...RULE_IDS),
          fc.constantFrom('blocking', 'warning', 'info', 'off' as const),
          fc.integer({ min: 0, max: 5 }),
        ),
      ),
      fc.integer({ min: 16, max: 21 }),
    )
    .map(([fields, rules, majorityAge]): Checklist => ({
      ...DEFAULT_CHECKLIST,
      id: 'random',
      majorityAge,
      fields: Object.fromEntries(
        fields.map(([id, requirement, weight]) => [id, { requirement, weight }]),
      ),
      rules: Object.fromEntries(rules.map(([id, severity, weight]) => [id, { severity, weight }])),
    })),
);

const initialValues = fc.array(fieldValue, { maxLength: 30 }).map((entries) => {
  const values: Record<string, unknown> = {};
  for (const [fieldId, value] of entries) if (value !== undefined) values[fieldId] = value;
  return values;
});

/** Applies an edit the way the panel does: a new record with one key changed. */
function applyEdit(
  state: { values: Record<string, unknown>; statuses: Record<string, FieldStatus>; now: Date },
  change: Edit,
) {
  if (change.kind === 'clock') {
    return { ...state, now: new Date(state.now.getTime() + change.seconds * 1000) };
  }
  if (change.kind === 'value') {
    const values = { ...state.values };
    if (change.value === undefined) delete values[change.fieldId];
    else values[change.fieldId] = change.value;
    return { ...state, values };
  }
  const statuses = { ...state.statuses };
  if (change.status === undefined) delete statuses[change.fieldId];
  else statuses[change.fieldId] = change.status;
  return { ...state, statuses };
}

describe('IncrementalEvaluator', () => {
  it('matches a full evaluation after random edits', () => {
    fc.assert(
      fc.property(
        checklist,
        initialValues,
        fc.array(edit, { maxLength: 40 }),
        (list, start, edits) => {
          const evaluator = new IncrementalEvaluator();
          let state = { values: start, statuses: {} as Record<string, FieldStatus>, now: START };
          const input = () => ({
            values: state.values,
            fieldStatuses: state.statuses,
            checklist: list,
            now: state.now,
          });
          expect(evaluator.evaluate(input())).toEqual(evaluate(input()));
          for (const change of edits) {
            state = applyEdit(state, change);
            expect(evaluator.evaluate(input())).toEqual(evaluate(input()));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps results of rules that read no changed field', () => {
    const evaluator = new IncrementalEvaluator();
    const values = { alert_category: 'C', date_of_birth: '2012-03-01', surname: 'AHMADI' };
    const statuses: Record<string, FieldStatus> = { surname: 'present', facial_image: 'missing' };
    const first = evaluator.evaluate({ values, fieldStatuses: statuses, now: START });

    const second = evaluator.evaluate({
      values: { ...values, surname: 'Ахмади' },
      fieldStatuses: statuses,
      now: START,
    });

    const changed = second.ruleResults.filter(
      (result, index) => result !== first.ruleResults[index],
    );
    expect(changed.map((result) => result.ruleId)).toEqual(['names_latin_form']);
    const names = second.ruleResults.find((result) => result.ruleId === 'names_latin_form');
    expect(names?.status).toBe('fail');
    const photo = (evaluation: typeof first) =>
      evaluation.fieldItems.find((item) => item.fieldId === 'facial_image');
    expect(photo(second)).toBe(photo(first));
  });

  it('keeps every result when nothing changed', () => {
    const evaluator = new IncrementalEvaluator();
    const input = { values: { surname: 'AHMADI' }, fieldStatuses: {}, now: START };
    const first = evaluator.evaluate(input);
    const second = evaluator.evaluate({ ...input, values: { ...input.values } });

    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(second.ruleResults).toBe(first.ruleResults);
    expect(second.fieldItems).toBe(first.fieldItems);
  });

  it('runs a rule again when a fact it reads changes', () => {
    const evaluator = new IncrementalEvaluator();
    const statuses: Record<string, FieldStatus> = { facial_image: 'missing' };
    const first = evaluator.evaluate({ values: {}, fieldStatuses: statuses, now: START });
    const photo = () => first.ruleResults.find((result) => result.ruleId === 'photo_present');
    expect(photo()?.status).toBe('pass');

    // date_of_birth makes the person a child, through the `child` fact only.
    const second = evaluator.evaluate({
      values: { date_of_birth: '2012-03-01' },
      fieldStatuses: statuses,
      now: START,
    });
    const after = second.ruleResults.find((result) => result.ruleId === 'photo_present');
    expect(after?.status).toBe('fail');
    expect(after?.severity).toBe('blocking');
  });

  it('evaluates everything again in the next minute', () => {
    const evaluator = new IncrementalEvaluator();
    // Eighteen at the midnight after START.
    const values = { alert_category: 'E', date_of_birth: '2007-06-15' };
    const category = (evaluation: ReturnType<typeof evaluate>) =>
      evaluation.ruleResults.find((result) => result.ruleId === 'category_fits_age');

    const before = evaluator.evaluate({ values, fieldStatuses: {}, now: START });
    const after = evaluator.evaluate({
      values,
      fieldStatuses: {},
      now: new Date(START.getTime() + 2 * 60_000),
    });

    expect(category(before)?.status).toBe('fail');
    expect(category(after)?.status).toBe('pass');
  });

  it('evaluates everything again in another language', () => {
    const evaluator = new IncrementalEvaluator();
    const input = { values: { alert_category: 'C' }, fieldStatuses: {}, now: START };
    const english = evaluator.evaluate(input);

    const catalogue = Object.fromEntries(
      Object.entries(englishMessages).map(([key, entry]) => [
        key,
        { message: `[xx] ${entry.message}` },
      ]),
    );
    setCatalogues(catalogue, englishMessages, 'xx');
    const other = evaluator.evaluate(input);

    expect(other).toEqual(evaluate(input));
    const decision = other.ruleResults.find(
      (result) => result.ruleId === 'decision_for_travel_categories',
    );
    expect(decision?.message.startsWith('[xx] ')).toBe(true);
    expect(other).not.toEqual(english);
  });
});

describe('FACT_READS', () => {
  const facts = Object.keys(FACT_READS) as (keyof typeof FACT_READS)[];

  it('lists every field a fact of the rule context reads', () => {
    fc.assert(
      fc.property(initialValues, fieldValue, (values, [fieldId, value]) => {
        const changed = { ...values, [fieldId]: value };
        const before = createRuleContext({ values, now: START });
        const after = createRuleContext({ values: changed, now: START });
        for (const fact of facts) {
          if ((FACT_READS[fact] as readonly string[]).includes(fieldId)) continue;
          expect(after[fact], `${fact} after a change of ${fieldId}`).toEqual(before[fact]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
