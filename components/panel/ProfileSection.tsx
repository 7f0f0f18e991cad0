import { t } from '@/utils/i18n';
import type { AppliedProfile } from '@/utils/messaging/page-model';
import type { ProfileEditor } from './use-profile-editor';

interface ProfileSectionProps {
  profile?: AppliedProfile;
  editor: ProfileEditor;
}

function MappingStatus({ editor }: { editor: ProfileEditor }) {
  const { fieldId } = editor.mapping;
  return (
    <div class="mapping" data-testid="mapping-active">
      <p role="status" data-testid="mapping-field" data-field-id={fieldId ?? ''}>
        {fieldId ? t('mapping_click_control', t(`field_${fieldId}`)) : t('mapping_choose_field')}
      </p>
      <button
        type="button"

        data-testid="mapping-cancel"
        onClick={editor.stopMapping}
      >
        {t('mapping_stop')}
      </button>
    </div>
  );
}

/** Names the portal profile in use and offers to save or map one for this page. */
export function ProfileSection({ profile, editor }: ProfileSectionProps) {
  const { message } = editor;
  return (
    <section class="profile-section" aria-labelledby="profile-title">
      <h2 id="profile-title" class="section-title">
        {t('profile_title')}
      </h2>
      {profile ? (
        <p data-testid="profile-name" data-profile-id={profile.id} data-profile-name={profile.name}>
          {t('profile_applied', profile.name)}
        </p>
      ) : (
        <p class="hint">{t('profile_none')}</p>
      )}
      {editor.mapping.active ? (
        <MappingStatus editor={editor} />
      ) : (
        <div class="profile-actions">
          <button
            type="button"

            data-testid="profile-save-detected"
            onClick={() => void editor.saveDetected()}
          >
            {t('profile_save_detected')}
          </button>
          <button
            type="button"

            data-testid="mapping-start"
            onClick={editor.startMapping}
          >
            {t('mapping_start')}
          </button>
        </div>
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          class={message.kind === 'error' ? 'error' : 'hint'}
          data-testid="profile-message"
          data-kind={message.kind}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
