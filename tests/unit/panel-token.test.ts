import { describe, expect, it } from 'vitest';
import {
  PANEL_TOKEN_PATTERN,
  createPanelToken,
  isPanelTokenValid,
} from '@/utils/messaging/panel-token-messages';
import { readPanelToken } from '@/utils/panel/panel-token';

describe('panel token', () => {
  it('creates 32 hexadecimal digits', () => {
    expect(createPanelToken()).toMatch(PANEL_TOKEN_PATTERN);
  });

  it('creates a new token each time', () => {
    expect(createPanelToken()).not.toBe(createPanelToken());
  });

  it('accepts the registered token', () => {
    const token = createPanelToken();
    expect(isPanelTokenValid(token, token)).toBe(true);
  });

  it('rejects another token', () => {
    expect(isPanelTokenValid(createPanelToken(), createPanelToken())).toBe(false);
  });

  it('rejects a tab without a token', () => {
    expect(isPanelTokenValid(undefined, createPanelToken())).toBe(false);
  });

  it('rejects an empty or malformed token', () => {
    expect(isPanelTokenValid('', '')).toBe(false);
    expect(isPanelTokenValid('abc', 'abc')).toBe(false);
    const upper = 'A'.repeat(32);
    expect(isPanelTokenValid(upper, upper)).toBe(false);
  });

  it('reads the token from the fragment', () => {
    expect(readPanelToken('#0123456789abcdef0123456789abcdef')).toBe(
      '0123456789abcdef0123456789abcdef',
    );
    expect(readPanelToken('')).toBe('');
  });
});
