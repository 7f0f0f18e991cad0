import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readManagedPolicy, watchManagedPolicy } from '@/utils/policy/read';

const PROFILE = {
  format: 'vigila-profile',
  version: 1,
  id: 'it-portal',
  name: 'Portale questura',
  urlPattern: 'https://portal.police.example/*',
  fields: { surname: { selector: '#cognome' } },
};

const CHECKLIST = {
  format: 'vigila-checklist',
  version: 1,
  id: 'unit-minors',
  name: 'Unit checklist',
  fields: { surname: { requirement: 'required' } },
};

const VALID = {
  allowedOrigins: ['https://portal.police.example', 'https://*.police.example/*'],
  profiles: JSON.stringify([PROFILE]),
  checklists: JSON.stringify([CHECKLIST]),
  enforcedChecklistId: 'unit-minors',
  enforcement: 'enforce',
  majorityAge: 18,
  autoLockMinutes: 5,
  retentionDays: 7,
};

async function setPolicy(policy: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.managed.set(policy);
}

beforeEach(async () => {
  await fakeBrowser.storage.managed.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readManagedPolicy', () => {
  it('reads a valid policy', async () => {
    await setPolicy(VALID);
    const { policy, errors } = await readManagedPolicy();
    expect(errors).toEqual([]);
    expect(policy.allowedOrigins).toEqual([
      'https://portal.police.example/*',
      'https://*.police.example/*',
    ]);
    expect(policy.profiles?.map((profile) => profile.id)).toEqual(['it-portal']);
    expect(policy.checklists?.map((checklist) => checklist.id)).toEqual(['unit-minors']);
    expect(policy.checklists?.[0].majorityAge).toBe(18);
    expect(policy.enforcedChecklistId).toBe('unit-minors');
    expect(policy.enforcement).toBe('enforce');
    expect(policy.majorityAge).toBe(18);
    expect(policy.autoLockMinutes).toBe(5);
    expect(policy.retentionDays).toBe(7);
  });

  it('reads profiles and checklists given as arrays', async () => {
    await setPolicy({ profiles: [PROFILE], checklists: [CHECKLIST] });
    const { policy, errors } = await readManagedPolicy();
    expect(errors).toEqual([]);
    expect(policy.profiles?.[0].name).toBe('Portale questura');
    expect(policy.checklists?.[0].name).toBe('Unit checklist');
  });

  it('has no policy when the area is empty', async () => {
    expect(await readManagedPolicy()).toEqual({ policy: {}, errors: [] });
  });

  it('has no policy when the read rejects', async () => {
    // Firefox rejects the read when no policies.json or native manifest sets a policy.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManagedPolicy()).toEqual({ policy: {}, errors: [] });
  });

  it('has no policy when the browser has no managed area', async () => {
    vi.spyOn(fakeBrowser.storage, 'managed', 'get').mockReturnValue(undefined as never);
    expect(await readManagedPolicy()).toEqual({ policy: {}, errors: [] });
  });

  it('calls the watcher when the managed area changes', async () => {
    const listener = vi.fn();
    const stop = watchManagedPolicy(listener);
    await setPolicy({ majorityAge: 17 });
    expect(listener).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await setPolicy({ majorityAge: 16 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('readManagedPolicy with one invalid key', () => {
  const cases: [string, unknown, string, string][] = [
    ['allowedOrigins', 'portal.example', 'allowedOrigins', 'policy_error_list'],
    ['allowedOrigins', ['ftp://files.example'], 'allowedOrigins[0]', 'policy_error_origin'],
    ['profiles', '[{"format":', 'profiles', 'policy_error_json'],
    [
      'profiles',
      [{ ...PROFILE, urlPattern: 'portal' }],
      'profiles[0].urlPattern',
      'profile_error_url_pattern',
    ],
    ['checklists', 42, 'checklists', 'policy_error_list'],
    [
      'checklists',
      [{ ...CHECKLIST, majorityAge: 40 }],
      'checklists[0].majorityAge',
      'checklist_error_majority_age',
    ],
    ['enforcedChecklistId', 'nowhere', 'enforcedChecklistId', 'policy_error_checklist_unknown'],
    ['enforcement', 'strict', 'enforcement', 'policy_error_enforcement'],
    ['majorityAge', 'eighteen', 'majorityAge', 'policy_error_number'],
    ['autoLockMinutes', 0, 'autoLockMinutes', 'policy_error_number'],
    ['retentionDays', 1000, 'retentionDays', 'policy_error_number'],
  ];

  it.each(cases)('reports %s and keeps the other keys', async (key, value, path, messageKey) => {
    await setPolicy({ ...VALID, [key]: value });
    const { policy, errors } = await readManagedPolicy();
    // The enforced checklist is unknown too when the checklists are invalid.
    const own = errors.filter((error) => error.key === key);

    expect(own).toHaveLength(1);
    expect(own[0].path).toBe(path);
    expect(own[0].messageKey).toBe(messageKey);
    expect(own[0].value).not.toBe('');
    expect(errors.every((error) => error.key === key || error.key === 'enforcedChecklistId')).toBe(
      true,
    );
    const others = Object.keys(VALID).filter(
      (other) => other !== key && other !== 'enforcedChecklistId',
    );
    for (const other of others) expect(policy).toHaveProperty(other);
  });

  it('keeps the valid entries of a list with an invalid one', async () => {
    const second = {
      ...PROFILE,
      id: 'second',
      fields: { sex: { selector: '#sex', codes: { W: 'w' } } },
    };
    await setPolicy({ profiles: [PROFILE, second] });
    const { policy, errors } = await readManagedPolicy();
    expect(policy.profiles?.map((profile) => profile.id)).toEqual(['it-portal']);
    expect(errors.map((error) => error.path)).toEqual(['profiles[1].fields.sex.codes.W']);
  });

  it('names the value of an invalid origin', async () => {
    await setPolicy({ allowedOrigins: ['https://portal.example', 'ftp://files.example'] });
    const { policy, errors } = await readManagedPolicy();
    expect(policy.allowedOrigins).toEqual(['https://portal.example/*']);
    expect(errors[0].value).toBe('"ftp://files.example"');
  });

  it('rejects a duplicate profile id', async () => {
    await setPolicy({ profiles: [PROFILE, { ...PROFILE, name: 'Copy' }] });
    const { policy, errors } = await readManagedPolicy();
    expect(policy.profiles).toHaveLength(1);
    expect(errors[0].path).toBe('profiles[1].id');
    expect(errors[0].messageKey).toBe('profile_error_duplicate_id');
  });

  it('accepts the built-in checklist as the enforced one', async () => {
    await setPolicy({ enforcedChecklistId: 'default' });
    const { policy, errors } = await readManagedPolicy();
    expect(errors).toEqual([]);
    expect(policy.enforcedChecklistId).toBe('default');
  });

  it('reports an unknown key', async () => {
    await setPolicy({ retentionDay: 3 });
    const { policy, errors } = await readManagedPolicy();
    expect(policy).toEqual({});
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe('retentionDay');
    expect(errors[0].value).toBe('3');
    expect(errors[0].messageKey).toBe('policy_error_unknown_key');
  });
});
