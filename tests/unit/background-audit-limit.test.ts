import { describe, expect, it } from 'vitest';
import {
  AuditRateLimiter,
  ENTRY_WINDOW_MS,
  MAX_ENTRIES_PER_WINDOW,
} from '@/utils/background/audit-limit';

const START = 1_700_000_000_000;

function check(id: string, tabId = 7, frameId = 0) {
  return { tabId, frameId, id, outcome: 'blocked' };
}

describe('audit rate limiter', () => {
  it('writes up to the limit in one window', () => {
    const limiter = new AuditRateLimiter();
    const decisions = Array.from({ length: MAX_ENTRIES_PER_WINDOW + 3 }, (_, index) =>
      limiter.decide(check(`c-${index}`), START + index),
    );
    expect(decisions.filter((decision) => decision === 'write')).toHaveLength(
      MAX_ENTRIES_PER_WINDOW,
    );
    expect(decisions.slice(MAX_ENTRIES_PER_WINDOW)).toEqual(['suppress', 'suppress', 'suppress']);
    expect(limiter.takeSuppressed(7)).toBe(3);
    expect(limiter.takeSuppressed(7)).toBe(0);
  });

  it('drops a check sent twice', () => {
    const limiter = new AuditRateLimiter();
    expect(limiter.decide(check('a'), START)).toBe('write');
    expect(limiter.decide(check('a'), START + 5)).toBe('duplicate');
  });

  it('keeps the same id of another frame', () => {
    const limiter = new AuditRateLimiter();
    expect(limiter.decide(check('a', 7, 0), START)).toBe('write');
    expect(limiter.decide(check('a', 7, 3), START)).toBe('write');
  });

  it('writes an override after its stop', () => {
    const limiter = new AuditRateLimiter();
    expect(limiter.decide(check('a'), START)).toBe('write');
    const overridden = { ...check('a'), outcome: 'overridden' };
    expect(limiter.decide(overridden, START + 1)).toBe('write');
  });

  it('counts each tab on its own', () => {
    const limiter = new AuditRateLimiter(1);
    expect(limiter.decide(check('a', 1), START)).toBe('write');
    expect(limiter.decide(check('b', 2), START)).toBe('write');
    expect(limiter.decide(check('c', 1), START)).toBe('suppress');
  });

  it('writes again in the next window', () => {
    const limiter = new AuditRateLimiter(1);
    expect(limiter.decide(check('a'), START)).toBe('write');
    expect(limiter.decide(check('b'), START + 1)).toBe('suppress');
    expect(limiter.decide(check('c'), START + ENTRY_WINDOW_MS)).toBe('write');
    expect(limiter.takeSuppressed(7)).toBe(1);
  });

  it('forgets a closed tab', () => {
    const limiter = new AuditRateLimiter(1);
    limiter.decide(check('a'), START);
    limiter.forget(7);
    expect(limiter.decide(check('a'), START)).toBe('write');
  });
});
