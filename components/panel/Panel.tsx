import { useEffect, useMemo, useState } from 'preact/hooks';
import { UnlockGate } from '@/components/common/UnlockGate';
import { t } from '@/utils/i18n';
import { unmatchedProfileFields } from '@/utils/panel/profile-state';
import { CheckList } from './CheckList';
import { FillSection } from './FillSection';
import { ProfileSection } from './ProfileSection';
import { ReportButton } from './ReportButton';
import { RuleList } from './RuleList';
import { useActiveChecklist } from './use-active-checklist';
import { useManagedPolicy } from '@/components/common/use-managed-policy';
import { applyMajorityAgePolicy } from '@/utils/policy/apply';
import { SubmissionStopped, VerdictMarker } from './SubmissionStopped';
import { useAlert } from './use-alert';
import { useEnforcement } from './use-enforcement';
import { useProfileEditor } from './use-profile-editor';

/** The host page narrows the panel's frame to a tab when it is collapsed. */
const TAB_MAX_WIDTH = 100;

/** Follows the frame's width, which the content script sets: narrow means collapsed. */
function useCollapsed(): boolean {
  const [collapsed, setCollapsed] = useState(window.innerWidth < TAB_MAX_WIDTH);
  useEffect(() => {
    const onResize = () => setCollapsed(window.innerWidth < TAB_MAX_WIDTH);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return collapsed;
}

/** The side panel: score, draft fill, rules and the field checklist of the page. */
export function Panel() {
  const { policy } = useManagedPolicy();
  const active = useActiveChecklist(policy);
  // The organisation's age of majority, when its policy sets one, overrides the checklist's.
  const checklist = useMemo(
    () => applyMajorityAgePolicy(active.checklist, policy),
    [active.checklist, policy],
  );
  const alert = useAlert(checklist);
  const profileEditor = useProfileEditor(alert);
  const enforcement = useEnforcement(alert.connection, alert.evaluation, checklist, alert.ready);
  const profileUnmatched = useMemo(
    () => unmatchedProfileFields(alert.views, alert.profile),
    [alert.views, alert.profile],
  );
  const collapsed = useCollapsed();
  const toggleCollapsed = () => alert.connection?.setCollapsed(!collapsed);

  const { score, blockingOpen } = alert.evaluation;
  // The collapsed panel stays mounted, so a preview in progress survives it.
  return (
    <>
      {collapsed && (
        <main class="tab-landmark">
          <h1 class="visually-hidden">{t('extName')}</h1>
          <button type="button" class="tab" data-testid="panel-expand" onClick={toggleCollapsed}>
            <span class="tab__text">{t('panel_expand')}</span>
            <span class="tab__score" aria-hidden="true">
              {score}
            </span>
            <span class="visually-hidden">{t('panel_expand_score', String(score))}</span>
          </button>
        </main>
      )}
      <main class="panel" hidden={collapsed}>
        <header class="panel__header">
          <h1 class="panel__title">{t('extName')}</h1>
          <button
            type="button"
            class="panel__collapse"
            data-testid="panel-collapse"
            aria-label={t('panel_collapse')}
            title={t('panel_collapse')}
            onClick={toggleCollapsed}
          >
            ⇥
          </button>
        </header>
        {enforcement.stopped && (
          <SubmissionStopped
            key={enforcement.stopped.id}
            enforcement={enforcement}
            evaluation={alert.evaluation}
          />
        )}
        <VerdictMarker enforcement={enforcement} />
        {alert.error && (
          <p role="alert" class="error">
            {alert.error}
          </p>
        )}
        <div class="summary" aria-live="polite">
          <p class="score" data-testid="score" data-score={score}>
            {t('panel_score', String(score))}
          </p>
          <p class="hint">{t('panel_blocking_open', String(blockingOpen))}</p>
          <p
            class="hint"
            data-testid="checklist-name"
            data-checklist-id={checklist.id}
            data-checklist-version={checklist.version}
            data-checklist-source={active.source}
          >
            {t('panel_checklist', [checklist.name, String(checklist.version)])}
          </p>
          {active.missingId && (
            <p class="hint" role="note" data-testid="checklist-missing">
              {t('panel_checklist_missing', active.missingId)}
            </p>
          )}
          {alert.closedRootsUnread > 0 && (
            <p class="hint" role="note">
              {t('panel_closed_roots', String(alert.closedRootsUnread))}
            </p>
          )}
        </div>
        {alert.ready ? (
          <>
            <span
              data-testid="panel-ready"
              data-evaluated-at={String(performance.timeOrigin + performance.now())}
              hidden
            />
            <ReportButton alert={alert} checklist={checklist} />
            <UnlockGate>
              <FillSection
                views={alert.views}
                connection={alert.connection}
                lang={alert.lang}
                onFilled={alert.recordFilled}
                isInitialChoice={alert.isInitialChoice}
              />
            </UnlockGate>
            <RuleList results={alert.evaluation.ruleResults} />
            <ProfileSection profile={alert.profile} editor={profileEditor} />
            <CheckList
              views={alert.views}
              fieldItems={alert.evaluation.fieldItems}
              ambiguous={alert.ambiguous}
              connection={alert.connection}
              profileUnmatched={profileUnmatched}
              onChooseField={profileEditor.mapping.active ? profileEditor.chooseField : undefined}
              chosenFieldId={profileEditor.mapping.fieldId}
            />
          </>
        ) : (
          <p class="hint">{t('panel_waiting')}</p>
        )}
      </main>
    </>
  );
}
