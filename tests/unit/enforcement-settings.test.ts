import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ENFORCEMENT_KEY,
  readEnforcementMode,
  writeEnforcementMode,
} from '@/utils/enforcement/settings';

beforeEach(() => fakeBrowser.reset());

describe('enforcement mode', () => {
  it('is off by default', async () => {
    expect(await readEnforcementMode()).toBe('off');
  });

  it('reads what was written', async () => {
    await writeEnforcementMode('enforce');
    expect(await readEnforcementMode()).toBe('enforce');
  });

  it('reads an unknown stored value as off', async () => {
    await browser.storage.local.set({ [ENFORCEMENT_KEY]: 'strict' });
    expect(await readEnforcementMode()).toBe('off');
  });
});
