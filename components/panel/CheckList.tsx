import type { FieldGroup } from '@/utils/catalogue';
import type { FieldItem, Requirement } from '@/utils/checklist';
import { t } from '@/utils/i18n';
import type { AmbiguousControl, FieldView } from '@/utils/panel/alert-state';
import type { TabConnection } from '@/utils/panel/connection';
import { memo } from '@/components/common/memo';
import { StatusBadge } from './StatusBadge';

interface CheckListProps {
  views: FieldView[];
  /** The checklist's items, for each field's requirement. */
  fieldItems?: FieldItem[];
  ambiguous: AmbiguousControl[];
  connection?: TabConnection;
  /** Fields a portal profile names whose control was not found. */
  profileUnmatched?: ReadonlySet<string>;
  /** In mapping mode, a click on an item chooses its field instead of outlining it. */
  onChooseField?: (fieldId: string) => void;
  /** The field chosen for mapping. */
  chosenFieldId?: string | null;
}

interface CheckItemProps {
  view: FieldView;
  requirement?: Requirement;
  connection?: TabConnection;
  unmatched: boolean;
  onChoose?: (fieldId: string) => void;
  chosen: boolean;
}

const GROUPS: FieldGroup[] = ['sis', 'supplementary'];

// A keystroke replaces one view, so only its item renders again.
const CheckItem = memo(function CheckItem({
  view,
  requirement,
  connection,
  unmatched,
  onChoose,
  chosen,
}: CheckItemProps) {
  const detection = view.primary;
  const field = detection?.field;
  const highlight = () => {
    if (detection && field) connection?.highlight(detection.frameId, field.controls[0].key);
  };
  const click = onChoose ? () => onChoose(view.fieldId) : highlight;
  return (
    <li
      class="check-item"
      data-testid="check-item"
      data-field-id={view.fieldId}
      data-status={view.status}
      data-requirement={requirement ?? 'off'}
      data-group={view.group}
      data-frame={detection?.frameUrl ?? ''}
      data-selector={field ? JSON.stringify(field.selectors) : ''}
      data-label={field?.label ?? ''}
      data-confidence={field ? String(field.confidence) : ''}
      data-source={field?.source ?? ''}
      data-mapping-chosen={chosen ? 'true' : undefined}
    >
      <button
        type="button"
        class="check-item__button"
        onClick={click}
        disabled={!detection && !onChoose}
        aria-pressed={onChoose ? chosen : undefined}
      >
        <span class="check-item__name">{t(`field_${view.fieldId}`)}</span>
        <StatusBadge status={view.status} />
        {requirement === 'required' && (
          <span class="check-item__requirement">{t('requirement_required')}</span>
        )}
        {field && (
          <span class="check-item__label">
            {t('panel_matched_label', [
              field.label,
              t(`source_${field.source.replaceAll('-', '_')}`),
            ])}
          </span>
        )}
        {field?.ambiguousWith?.length ? (
          <span class="check-item__note">
            {t(
              'panel_ambiguous_with',
              field.ambiguousWith.map((id) => t(`field_${id}`)).join(', '),
            )}
          </span>
        ) : null}
        {unmatched && (
          <span class="check-item__note" data-testid="profile-note">
            {t('profile_selector_not_found')}
          </span>
        )}
      </button>
    </li>
  );
});

const AmbiguousItem = memo(function AmbiguousItem({
  control,
  connection,
}: {
  control: AmbiguousControl;
  connection?: TabConnection;
}) {
  const { detection, candidates } = control;
  return (
    <li
      class="check-item"
      data-testid="ambiguous-item"
      data-label={detection.field.label}
      data-candidates={candidates.join(' ')}
      data-selector={JSON.stringify(detection.field.selectors)}
    >
      <button
        type="button"
        class="check-item__button"
        onClick={() => connection?.highlight(detection.frameId, detection.field.controls[0].key)}
      >
        <span class="check-item__name">“{detection.field.label}”</span>
        <StatusBadge status="ambiguous" />
        <span class="check-item__note">
          {t('panel_ambiguous_candidates', candidates.map((id) => t(`field_${id}`)).join(', '))}
        </span>
      </button>
    </li>
  );
});

// A large portal can list many ambiguous controls, and a keystroke in a clear
// control keeps the list, so it skips rendering.
const AmbiguousList = memo(function AmbiguousList({
  controls,
  connection,
}: {
  controls: AmbiguousControl[];
  connection?: TabConnection;
}) {
  return (
    <section aria-labelledby="ambiguous-title">
      <h2 id="ambiguous-title" class="section-title">
        {t('panel_ambiguous_title')}
      </h2>
      <ul class="check-items">
        {controls.map((control) => (
          <AmbiguousItem
            key={`${control.detection.frameId}:${control.detection.field.selectors.join(',')}`}
            control={control}
            connection={connection}
          />
        ))}
      </ul>
    </section>
  );
});

/** Lists every catalogue field, grouped into the SIS alert and the supplementary record. */
export function CheckList({
  views,
  fieldItems,
  ambiguous,
  connection,
  profileUnmatched,
  onChooseField,
  chosenFieldId,
}: CheckListProps) {
  const requirements = new Map(fieldItems?.map((item) => [item.fieldId, item.requirement]));
  return (
    <div class="check-list" data-testid="check-list">
      {ambiguous.length > 0 && <AmbiguousList controls={ambiguous} connection={connection} />}
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} class="section-title">
            {t(`group_${group}`)}
          </h2>
          <ul class="check-items">
            {views
              .filter((view) => view.group === group)
              .map((view) => (
                <CheckItem
                  key={view.fieldId}
                  view={view}
                  requirement={requirements.get(view.fieldId)}
                  connection={connection}
                  unmatched={profileUnmatched?.has(view.fieldId) ?? false}
                  onChoose={onChooseField}
                  chosen={chosenFieldId === view.fieldId}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
