/** Telling Vigila's own page changes from the portal's, so that showing the panel scans nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { OUTLINE_TAG, PANEL_HOST_TAG, isOwnMutation } from '@/utils/content/own-mutations';

/** Runs a change and returns the mutation records it caused. */
function recordsOf(change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: ['style', 'class'],
  });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

afterEach(() => {
  document.querySelector(PANEL_HOST_TAG)?.remove();
  document.querySelector(OUTLINE_TAG)?.remove();
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.body.innerHTML = '';
});

describe('isOwnMutation', () => {
  it('ignores inserting and styling the panel host', () => {
    const records = recordsOf(() => {
      const host = document.createElement(PANEL_HOST_TAG);
      document.documentElement.append(host);
      host.style.width = '380px';
    });

    expect(records.length).toBeGreaterThan(0);
    expect(records.every(isOwnMutation)).toBe(true);
  });

  it('ignores drawing and removing an outline', () => {
    const records = recordsOf(() => {
      const outline = document.createElement(OUTLINE_TAG);
      outline.style.cssText = 'position:fixed;left:10px';
      document.documentElement.append(outline);
      outline.remove();
    });

    expect(records.length).toBeGreaterThan(1);
    expect(records.every(isOwnMutation)).toBe(true);
  });

  it('ignores the margin and zoom that make room for the panel', () => {
    document.body.style.setProperty('color', 'black');
    const records = recordsOf(() => {
      document.documentElement.style.setProperty('margin-right', '380px', 'important');
      document.body.style.setProperty('zoom', '0.8', 'important');
    });

    expect(records).toHaveLength(2);
    expect(records.every(isOwnMutation)).toBe(true);
  });

  it('keeps other style changes of the body', () => {
    const records = recordsOf(() => document.body.style.setProperty('display', 'none'));

    expect(records).toHaveLength(1);
    expect(isOwnMutation(records[0])).toBe(false);
  });

  it('keeps controls the page inserts', () => {
    const records = recordsOf(() => document.body.append(document.createElement('input')));

    expect(records).toHaveLength(1);
    expect(isOwnMutation(records[0])).toBe(false);
  });
});
