import { useEffect, useRef, useState } from 'preact/hooks';
import { downloadText, localDateStamp } from '@/components/common/download';
import { t } from '@/utils/i18n';
import {
  deleteProfile,
  exportProfiles,
  importProfiles,
  listProfiles,
  type ProfileEntry,
} from '@/utils/store/profiles';
import type { PortalProfile } from '@/utils/schema/profile';
import { PolicyProfiles } from './PolicyProfiles';
import { ImportErrorList, type FileImportErrors, type ImportErrorTexts } from './ImportErrorList';
import { checkProfileFiles, type ProfileFileErrors } from './profile-files';

type Message = { kind: 'error' | 'status'; text: string };

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const IMPORT_ERROR_TEXTS: ImportErrorTexts = {
  rejected: 'profile_import_rejected',
  fileErrors: 'profile_import_file_errors',
  wholeFile: 'profile_import_whole_file',
  value: 'profile_import_value',
};

/** Puts a profile file's errors, translated, in the form the import error list shows. */
function importErrorsOf({ fileName, errors }: ProfileFileErrors): FileImportErrors {
  return {
    fileName,
    errors: errors.map((error) => ({
      path: error.path,
      message: t(error.messageKey, error.substitutions),
      value: error.value,
    })),
  };
}

interface ProfileItemProps {
  entry: ProfileEntry;
  /** True when a policy profile with the same id replaces this one. */
  shadowed: boolean;
  onExport(id: string): void;
  onDelete(id: string, name: string): void;
}

function ProfileItem({ entry, shadowed, onExport, onDelete }: ProfileItemProps) {
  const [confirming, setConfirming] = useState(false);
  const { profile } = entry;
  const name = profile?.name ?? entry.id;
  return (
    <li data-testid="profile-item" data-profile-id={entry.id} class="profile-item">
      <strong>{name}</strong>
      {profile ? (
        <span class="hint">
          {' '}
          <code>{profile.urlPattern}</code>{' '}
          {t('profile_fields_count', String(Object.keys(profile.fields).length))}
        </span>
      ) : (
        <span class="error"> {t('profile_damaged', entry.error?.message ?? '')}</span>
      )}
      {shadowed && (
        <p class="hint" data-testid="profile-shadowed">
          {t('profile_shadowed')}
        </p>
      )}
      {confirming ? (
        <div class="actions" role="alertdialog" aria-label={t('profile_delete_question', name)}>
          <span>{t('profile_delete_question', name)}</span>
          <button
            type="button"
            class="button-danger"
            data-testid="profile-delete-confirm"
            onClick={() => onDelete(entry.id, name)}
          >
            {t('profile_delete_confirm')}
          </button>
          <button type="button" class="button-secondary" onClick={() => setConfirming(false)}>
            {t('common_cancel')}
          </button>
        </div>
      ) : (
        <div class="actions">
          {profile && (
            <button
              type="button"
              class="button-secondary"
              data-testid="profile-export"
              onClick={() => onExport(entry.id)}
            >
              {t('profile_export')}
            </button>
          )}
          <button
            type="button"
            class="button-secondary"
            data-testid="profile-delete"
            onClick={() => setConfirming(true)}
          >
            {t('profile_delete')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Lists the portal profiles, imports profile files (all of a selection or
 * none), exports one or all, and deletes one after a confirmation. Profiles
 * set by the organisation's policy are listed apart and cannot be deleted.
 */
export function ProfilesSection({ policyProfiles }: { policyProfiles?: readonly PortalProfile[] }) {
  const policyIds = new Set((policyProfiles ?? []).map((profile) => profile.id));
  const [entries, setEntries] = useState<ProfileEntry[]>([]);
  const [message, setMessage] = useState<Message>();
  const [importErrors, setImportErrors] = useState<ProfileFileErrors[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const refresh = () =>
    listProfiles()
      .then(setEntries)
      .catch((error: unknown) =>
        setMessage({ kind: 'error', text: t('profile_load_failed', failureText(error)) }),
      );
  useEffect(() => {
    void refresh();
  }, []);

  const importFiles = async (event: Event) => {
    const element = event.currentTarget as HTMLInputElement;
    const files = [...(element.files ?? [])];
    // Clearing the input lets IT import the same file again after fixing it.
    element.value = '';
    if (files.length === 0) return;

    setMessage(undefined);
    const check = await checkProfileFiles(files);
    if (!check.ok) {
      setImportErrors(check.files);
      return;
    }
    setImportErrors([]);
    try {
      const stored = await importProfiles(check.profiles);
      setMessage({ kind: 'status', text: t('profile_imported', String(stored.length)) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('profile_import_failed', failureText(error)) });
    }
    await refresh();
  };

  const exportToFile = async (ids?: string[]) => {
    try {
      const text = await exportProfiles(ids);
      // A profile id may contain characters that file systems reject.
      const name = ids?.length === 1 ? ids[0].replace(/[^\w.-]+/g, '-') : 'vigila-profiles';
      downloadText(`${name}-${localDateStamp()}.json`, text);
    } catch (error) {
      setMessage({ kind: 'error', text: t('profile_export_failed', failureText(error)) });
    }
  };

  const remove = async (id: string, name: string) => {
    try {
      await deleteProfile(id);
      setMessage({ kind: 'status', text: t('profile_deleted', name) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('profile_delete_failed', failureText(error)) });
    }
    await refresh();
  };

  return (
    <section aria-labelledby="profiles-title">
      <h2 id="profiles-title">{t('profile_section_title')}</h2>
      <p>{t('profile_section_intro')}</p>
      {policyProfiles && policyProfiles.length > 0 && <PolicyProfiles profiles={policyProfiles} />}
      {entries.length === 0 ? (
        <p data-testid="profiles-empty">{t('profile_list_empty')}</p>
      ) : (
        <ul class="profiles">
          {entries.map((entry) => (
            <ProfileItem
              key={entry.id}
              entry={entry}
              shadowed={policyIds.has(entry.id)}
              onExport={(id) => void exportToFile([id])}
              onDelete={(id, name) => void remove(id, name)}
            />
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="button-secondary" onClick={() => input.current?.click()}>
          {t('profile_import')}
        </button>
        <label for="import-profiles" class="visually-hidden">
          {t('profile_import_files')}
        </label>
        <input
          ref={input}
          id="import-profiles"
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          tabIndex={-1}
          data-testid="import-profiles"
          onChange={(event) => void importFiles(event)}
        />
        <button
          type="button"
          class="button-secondary"
          data-testid="profiles-export-all"
          disabled={!entries.some((entry) => entry.profile)}
          onClick={() => void exportToFile()}
        >
          {t('profile_export_all')}
        </button>
      </div>
      {importErrors.length > 0 && (
        <ImportErrorList
          files={importErrors.map(importErrorsOf)}
          texts={IMPORT_ERROR_TEXTS}
          testIdPrefix="profile"
        />
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          class={message.kind}
          data-testid="profile-message"
          data-kind={message.kind}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
