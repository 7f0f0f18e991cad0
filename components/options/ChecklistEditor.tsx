import { useState } from 'preact/hooks';
import { FIELDS, SEVERITY } from '@/utils/catalogue';
import { fieldName } from '@/utils/catalogue-labels';
import { parseChecklist, type ChecklistParseError } from '@/utils/checklist/parse';
import { t } from '@/utils/i18n';
import {
  MAX_MAJORITY_AGE,
  MAX_MAJORITY_WARNING_MONTHS,
  MAX_WEIGHT,
  REQUIREMENT,
  RULE_IDS,
  type Checklist,
  type Requirement,
  type RuleId,
} from '@/utils/schema/checklist';

type RuleSeverity = (typeof SEVERITY)[number] | 'off';

interface FieldRow {
  requirement: Requirement;
  weight: string;
}

interface RuleRow {
  severity: RuleSeverity;
  weight: string;
}

/** The editor's working copy: numbers stay text until saving, so a half-typed number is kept. */
interface Draft {
  name: string;
  majorityAge: string;
  majorityWarningMonths: string;
  fields: Record<string, FieldRow>;
  rules: Record<RuleId, RuleRow>;
}

function toDraft(checklist: Checklist): Draft {
  const fields: Record<string, FieldRow> = {};
  for (const field of FIELDS) {
    const item = checklist.fields[field.id];
    fields[field.id] = {
      requirement: item?.requirement ?? 'off',
      weight: String(item?.weight ?? 1),
    };
  }
  const rules = {} as Record<RuleId, RuleRow>;
  for (const id of RULE_IDS) {
    const item = checklist.rules[id];
    rules[id] = { severity: item?.severity ?? 'off', weight: String(item?.weight ?? 1) };
  }
  return {
    name: checklist.name,
    majorityAge: String(checklist.majorityAge),
    majorityWarningMonths: String(checklist.majorityWarningMonths),
    fields,
    rules,
  };
}

/** Reads a number input's text: empty text stays invalid instead of becoming zero. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** Builds the checklist to save from the working copy, one version above the edited one. */
function fromDraft(base: Checklist, draft: Draft): unknown {
  const fields: Record<string, unknown> = {};
  for (const [id, row] of Object.entries(draft.fields)) {
    fields[id] = { requirement: row.requirement, weight: toNumber(row.weight) };
  }
  const rules: Record<string, unknown> = {};
  for (const [id, row] of Object.entries(draft.rules)) {
    rules[id] = { severity: row.severity, weight: toNumber(row.weight) };
  }
  return {
    format: base.format,
    version: base.version + 1,
    id: base.id,
    name: draft.name,
    majorityAge: toNumber(draft.majorityAge),
    majorityWarningMonths: toNumber(draft.majorityWarningMonths),
    fields,
    rules,
  };
}

interface ChecklistEditorProps {
  checklist: Checklist;
  onSave(checklist: Checklist): Promise<void>;
  onCancel(): void;
}

/** Edits a checklist with form controls only. Saving raises its version by one. */
export function ChecklistEditor({ checklist, onSave, onCancel }: ChecklistEditorProps) {
  const [draft, setDraft] = useState(() => toDraft(checklist));
  const [errors, setErrors] = useState<ChecklistParseError[]>([]);
  const [saving, setSaving] = useState(false);

  const setField = (id: string, change: Partial<FieldRow>) =>
    setDraft((current) => ({
      ...current,
      fields: { ...current.fields, [id]: { ...current.fields[id], ...change } },
    }));
  const setRule = (id: RuleId, change: Partial<RuleRow>) =>
    setDraft((current) => ({
      ...current,
      rules: { ...current.rules, [id]: { ...current.rules[id], ...change } },
    }));
  const input = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  const save = async (event: Event) => {
    event.preventDefault();
    const result = parseChecklist(fromDraft(checklist, draft));
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSave(result.checklist);
    } finally {
      setSaving(false);
    }
  };

  return (
    // The schema checks every value and names its path, so the browser's own checks stay off.
    <form
      noValidate
      class="checklist-editor"
      data-testid="checklist-editor"
      data-checklist-id={checklist.id}
      aria-label={t('checklist_editor_label', checklist.name)}
      onSubmit={(event) => void save(event)}
    >
      <div class="checklist-settings">
        <label>
          {t('checklist_editor_name')}
          <input
            type="text"
            data-testid="checklist-edit-name"
            value={draft.name}
            onInput={(event) => setDraft({ ...draft, name: input(event) })}
          />
        </label>
        <label>
          {t('checklist_editor_majority_age')}
          <input
            type="number"
            min={0}
            max={MAX_MAJORITY_AGE}
            step={1}
            data-testid="checklist-edit-majority-age"
            value={draft.majorityAge}
            onInput={(event) => setDraft({ ...draft, majorityAge: input(event) })}
          />
        </label>
        <label>
          {t('checklist_editor_warning_months')}
          <input
            type="number"
            min={0}
            max={MAX_MAJORITY_WARNING_MONTHS}
            step={1}
            data-testid="checklist-edit-warning-months"
            value={draft.majorityWarningMonths}
            onInput={(event) => setDraft({ ...draft, majorityWarningMonths: input(event) })}
          />
        </label>
      </div>

      <table class="checklist-table">
        <caption>{t('checklist_editor_fields')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('checklist_editor_field')}</th>
            <th scope="col">{t('checklist_editor_requirement')}</th>
            <th scope="col">{t('checklist_editor_weight')}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((field) => {
            const row = draft.fields[field.id];
            const label = fieldName(field.id);
            return (
              <tr key={field.id} data-testid="checklist-field-row" data-field-id={field.id}>
                <th scope="row">{label}</th>
                <td>
                  <select
                    aria-label={t('checklist_editor_requirement_of', label)}
                    data-testid="checklist-field-requirement"
                    value={row.requirement}
                    onChange={(event) =>
                      setField(field.id, { requirement: input(event) as Requirement })
                    }
                  >
                    {REQUIREMENT.map((requirement) => (
                      <option key={requirement} value={requirement}>
                        {t(`requirement_${requirement}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={MAX_WEIGHT}
                    step="any"
                    aria-label={t('checklist_editor_weight_of', label)}
                    data-testid="checklist-field-weight"
                    value={row.weight}
                    onInput={(event) => setField(field.id, { weight: input(event) })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <table class="checklist-table">
        <caption>{t('checklist_editor_rules')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('checklist_editor_rule')}</th>
            <th scope="col">{t('checklist_editor_severity')}</th>
            <th scope="col">{t('checklist_editor_weight')}</th>
          </tr>
        </thead>
        <tbody>
          {RULE_IDS.map((id) => {
            const row = draft.rules[id];
            const label = t(`rule_${id}_title`);
            return (
              <tr key={id} data-testid="checklist-rule-row" data-rule-id={id}>
                <th scope="row">{label}</th>
                <td>
                  <select
                    aria-label={t('checklist_editor_severity_of', label)}
                    data-testid="checklist-rule-severity"
                    value={row.severity}
                    onChange={(event) => setRule(id, { severity: input(event) as RuleSeverity })}
                  >
                    {[...SEVERITY, 'off' as const].map((severity) => (
                      <option key={severity} value={severity}>
                        {t(severity === 'off' ? 'requirement_off' : `severity_${severity}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={MAX_WEIGHT}
                    step="any"
                    aria-label={t('checklist_editor_weight_of', label)}
                    data-testid="checklist-rule-weight"
                    value={row.weight}
                    onInput={(event) => setRule(id, { weight: input(event) })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {errors.length > 0 && (
        <div class="notice notice-error" data-testid="checklist-edit-errors">
          <p role="alert">{t('checklist_editor_invalid')}</p>
          <ul>
            {errors.map((error, index) => (
              <li key={index} data-testid="checklist-edit-error" data-path={error.path}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div class="actions checklist-editor__actions">
        <button type="submit" class="button-primary" data-testid="checklist-save" disabled={saving}>
          {t('checklist_editor_save', String(checklist.version + 1))}
        </button>
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
