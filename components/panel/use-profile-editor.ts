import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MappingPick } from '@/utils/messaging/messages';
import { addMapping, newProfileFor, profileFromDetections } from '@/utils/profile/build';
import { mappableDetections, tabFrames } from '@/utils/panel/profile-state';
import { getProfile, saveProfile } from '@/utils/store/profiles';
import type { PortalProfile } from '@/utils/schema/profile';
import type { AlertModel } from './use-alert';

export interface MappingState {
  active: boolean;
  /** The field whose control the next click on the page maps, or null until one is chosen. */
  fieldId: string | null;
}

export interface ProfileMessage {
  kind: 'error' | 'status';
  text: string;
}

export interface ProfileEditor {
  mapping: MappingState;
  message?: ProfileMessage;
  startMapping(): void;
  stopMapping(): void;
  chooseField(fieldId: string): void;
  saveDetected(): Promise<void>;
}

const IDLE: MappingState = { active: false, fieldId: null };

function failureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps the panel's profile editing: saving the detected fields as a profile,
 * and mapping mode. In mapping mode each control the officer clicks is saved
 * at once, into the profile that applies to the page or into a new one for
 * it. The frames then fetch the saved profile and report with it.
 */
export function useProfileEditor(alert: AlertModel): ProfileEditor {
  const [mapping, setMapping] = useState<MappingState>(IDLE);
  const [message, setMessage] = useState<ProfileMessage>();
  const alertRef = useRef(alert);
  alertRef.current = alert;
  const mappingRef = useRef(mapping);
  mappingRef.current = mapping;
  // The profile mapping mode writes to, kept until the frames report it.
  const editingId = useRef<string | undefined>(undefined);
  const { connection } = alert;

  /** Returns the stored profile that applies to the page, or a new one for it. */
  const profileToEdit = async (pageUrl: string): Promise<PortalProfile> => {
    const id = alertRef.current.profile?.id ?? editingId.current;
    const stored = id ? await getProfile(id) : undefined;
    return stored ?? newProfileFor(pageUrl);
  };

  const recordPick = async (frameId: number, frameUrl: string, pick: MappingPick) => {
    const current = alertRef.current;
    const pageUrl = current.frames.get(0)?.url;
    if (!mappingRef.current.active || !pageUrl || !connection) return;
    // Other frames still wait for a click for this field, so every frame waits for the next one.
    connection.setMappingMode(null);
    setMapping((state) => ({ ...state, fieldId: null }));

    const frames = tabFrames(current.frames);
    const frame = frames.find((candidate) => candidate.frameId === frameId);
    const base = await profileToEdit(pageUrl);
    const profile = addMapping(base, pick, frame ?? { frameId, url: frameUrl }, frames);
    await saveProfile(profile);
    editingId.current = profile.id;
    connection.reloadProfile();
    setMessage({
      kind: 'status',
      text: t('mapping_saved', [t(`field_${pick.fieldId}`), profile.name]),
    });
  };

  const stopMapping = useCallback(() => {
    connection?.stopMapping();
    setMapping(IDLE);
  }, [connection]);

  useEffect(() => {
    if (!connection) return undefined;
    return connection.listen({
      onValue: () => undefined,
      onMappingPick(frameId, frameUrl, pick) {
        recordPick(frameId, frameUrl, pick).catch((error: unknown) =>
          setMessage({ kind: 'error', text: t('mapping_failed', failureText(error)) }),
        );
      },
      onMappingCancelled() {
        connection.stopMapping();
        setMapping(IDLE);
      },
    });
  }, [connection]);

  useEffect(() => {
    if (!mapping.active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stopMapping();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [mapping.active, stopMapping]);

  const saveDetected = async () => {
    const current = alertRef.current;
    const pageUrl = current.frames.get(0)?.url;
    if (!pageUrl || !connection) return;
    try {
      const id = current.profile?.id;
      const base = id ? await getProfile(id) : undefined;
      const detections = mappableDetections(current.views);
      const profile = profileFromDetections(detections, tabFrames(current.frames), pageUrl, base);
      const count = Object.keys(profile.fields).length;
      if (count === 0) {
        setMessage({ kind: 'error', text: t('profile_save_nothing') });
        return;
      }
      await saveProfile(profile);
      connection.reloadProfile();
      setMessage({ kind: 'status', text: t('profile_saved', [profile.name, String(count)]) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('profile_save_failed', failureText(error)) });
    }
  };

  return {
    mapping,
    message,
    startMapping() {
      setMessage(undefined);
      setMapping({ active: true, fieldId: null });
      connection?.setMappingMode(null);
    },
    stopMapping,
    chooseField(fieldId) {
      setMapping({ active: true, fieldId });
      connection?.setMappingMode(fieldId);
    },
    saveDetected,
  };
}
