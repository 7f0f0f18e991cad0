import { describe, expect, it } from 'vitest';
import { closedShadowRootReader } from '@/utils/content/frame-info';

describe('closedShadowRootReader', () => {
  it('reads the Firefox property of a closed root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    Object.defineProperty(host, 'openOrClosedShadowRoot', { get: () => root });
    expect(closedShadowRootReader()?.(host)).toBe(root);
  });

  it('returns null for an element without a root', () => {
    const host = document.createElement('div');
    Object.defineProperty(host, 'openOrClosedShadowRoot', { get: () => null });
    expect(closedShadowRootReader()?.(host)).toBeNull();
  });

  it('returns null where the browser has no such property', () => {
    expect(closedShadowRootReader()?.(document.createElement('div'))).toBeNull();
  });
});
