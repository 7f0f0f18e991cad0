import { describe, expect, it } from 'vitest';
import { isValuePortOffer } from '@/utils/messaging/value-port';

const TOKEN = '0f3a9c1b2d4e5f60718293a4b5c6d7e8';

describe('value port offer', () => {
  it('accepts an offer with the panel token', () => {
    expect(isValuePortOffer({ type: 'vigila-value-port', token: TOKEN }, TOKEN)).toBe(true);
  });

  it('rejects an offer with another token', () => {
    const other = '00000000000000000000000000000000';
    expect(isValuePortOffer({ type: 'vigila-value-port', token: other }, TOKEN)).toBe(false);
  });

  it('rejects any offer when the panel has no token', () => {
    expect(isValuePortOffer({ type: 'vigila-value-port', token: '' }, '')).toBe(false);
  });

  it('rejects a message of another type', () => {
    expect(isValuePortOffer({ type: 'value-update', token: TOKEN }, TOKEN)).toBe(false);
  });

  it('rejects data that is no object', () => {
    expect(isValuePortOffer(null, TOKEN)).toBe(false);
    expect(isValuePortOffer(TOKEN, TOKEN)).toBe(false);
  });
});
