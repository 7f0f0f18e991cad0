import type { FieldGroup } from '@/utils/catalogue';
import { t } from '@/utils/i18n';
import type { FieldView } from '@/utils/panel/alert-state';
import type { TabConnection } from '@/utils/panel/connection';
import { StatusBadge } from './StatusBadge';

interface CheckListProps {
  views: FieldView[];
  connection?: TabConnection;
}

const GROUPS: FieldGroup[] = ['sis', 'supplementary'];

function CheckItem({ view, connection }: { view: FieldView; connection?: TabConnection }) {
  const detection = view.primary;
  const field = detection?.field;
  const highlight = () => {
    if (detection && field) connection?.highlight(detection.frameId, field.controls[0].key);
  };
  return (
    <li
      class="check-item"
      data-testid="check-item"
      data-field-id={view.fieldId}
      data-status={view.status}
      data-group={view.group}
      data-frame={detection?.frameUrl ?? ''}
      data-selector={field ? JSON.stringify(field.selectors) : ''}
      data-label={field?.label ?? ''}
      data-confidence={field ? String(field.confidence) : ''}
      data-source={field?.source ?? ''}
    >
      <button type="button" class="check-item__button" onClick={highlight} disabled={!detection}>
        <span class="check-item__name">{t(`field_${view.fieldId}`)}</span>
        <StatusBadge status={view.status} />
        {field && (
          <span class="check-item__label">
            {t('panel_matched_label', [field.label, t(`source_${field.source.replaceAll('-', '_')}`)])}
          </span>
        )}
        {field?.ambiguousWith?.length ? (
          <span class="check-item__note">
            {t('panel_ambiguous_with', field.ambiguousWith.map((id) => t(`field_${id}`)).join(', '))}
          </span>
        ) : null}
      </button>
    </li>
  );
}

/** Lists every catalogue field, grouped into the SIS alert and the supplementary record. */
export function CheckList({ views, connection }: CheckListProps) {
  return (
    <div class="check-list" data-testid="check-list">
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} class="section-title">
            {t(`group_${group}`)}
          </h2>
          <ul class="check-items">
            {views
              .filter((view) => view.group === group)
              .map((view) => (
                <CheckItem key={view.fieldId} view={view} connection={connection} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
