import { describe, expect, it } from 'vitest';
import {
  isValidFramePattern,
  isValidMatchPattern,
  matchesPattern,
  patternForUrl,
} from '@/utils/profile/match-pattern';
import { isProfileFrame, profileForUrl } from '@/utils/profile/select';
import type { PortalProfile } from '@/utils/schema/profile';

describe('isValidMatchPattern', () => {
  it.each([
    '<all_urls>',
    'https://portal.example/alerts/*',
    '*://*.polizia.example/*',
    'http://127.0.0.1:8080/form.aspx',
    'http://localhost:*/*',
    'file:///srv/portal/*',
  ])('accepts %s', (pattern) => {
    expect(isValidMatchPattern(pattern)).toBe(true);
  });

  it.each([
    'portal.example/alerts',
    'https://portal.example',
    'ftp://portal.example/*',
    'https://por*tal.example/*',
    'https://*portal.example/*',
    'https://portal.example:99999/*',
    'about:srcdoc',
    '',
  ])('rejects %j', (pattern) => {
    expect(isValidMatchPattern(pattern)).toBe(false);
  });
});

describe('isValidFramePattern', () => {
  it('accepts about:srcdoc', () => {
    expect(isValidFramePattern('about:srcdoc')).toBe(true);
  });

  it('accepts a match pattern', () => {
    expect(isValidFramePattern('https://portal.example/frame/*')).toBe(true);
  });

  it('rejects another about URL', () => {
    expect(isValidFramePattern('about:config')).toBe(false);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://portal.example/alerts/*', 'https://portal.example/alerts/new', true],
    ['https://portal.example/alerts/*', 'https://portal.example/alerts/new?id=4#top', true],
    ['https://portal.example/alerts/*', 'https://portal.example/cases/new', false],
    ['https://portal.example/alerts/*', 'http://portal.example/alerts/new', false],
    ['https://portal.example/form.aspx', 'https://portal.example/form.aspx?id=4', false],
    ['*://portal.example/*', 'http://portal.example/x', true],
    ['*://portal.example/*', 'file:///portal.example/x', false],
    ['https://*.portal.example/*', 'https://portal.example/x', true],
    ['https://*.portal.example/*', 'https://eu.portal.example/x', true],
    ['https://*.portal.example/*', 'https://evilportal.example/x', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:41234/page.html', true],
    ['http://127.0.0.1:8080/*', 'http://127.0.0.1:41234/page.html', false],
    ['http://127.0.0.1:8080/*', 'http://127.0.0.1:8080/page.html', true],
    ['https://portal.example:443/*', 'https://portal.example/page', true],
    ['http://PORTAL.example/*', 'http://portal.example/page', true],
    ['<all_urls>', 'https://portal.example/', true],
    ['<all_urls>', 'about:blank', false],
    ['about:srcdoc', 'about:srcdoc', true],
    ['about:srcdoc', 'about:blank', false],
    ['https://portal.example/*', 'not a url', false],
  ])('matches %s against %s: %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('treats dots in the path literally', () => {
    expect(
      matchesPattern('https://portal.example/form.aspx', 'https://portal.example/formXaspx'),
    ).toBe(false);
  });
});

describe('patternForUrl', () => {
  it('keeps the origin and path', () => {
    expect(patternForUrl('http://127.0.0.1:4000/alerts/new.html#top')).toBe(
      'http://127.0.0.1:4000/alerts/new.html',
    );
  });

  it('allows any query when the page has one', () => {
    expect(patternForUrl('https://portal.example/form.aspx?id=4')).toBe(
      'https://portal.example/form.aspx*',
    );
  });

  it('returns about:srcdoc as it is', () => {
    expect(patternForUrl('about:srcdoc')).toBe('about:srcdoc');
  });

  it('makes a pattern that matches its own URL', () => {
    const url = 'https://portal.example/form.aspx?id=4';
    expect(matchesPattern(patternForUrl(url), url)).toBe(true);
  });
});

function profile(id: string, urlPattern: string, name = id): PortalProfile {
  return { format: 'vigila-profile', version: 1, id, name, urlPattern, fields: {} };
}

describe('profileForUrl', () => {
  const profiles = [
    profile('any', 'https://portal.example/*'),
    profile('alerts', 'https://portal.example/alerts/*'),
    profile('other', 'https://other.example/*'),
  ];

  it('prefers the most specific pattern', () => {
    expect(profileForUrl(profiles, 'https://portal.example/alerts/new')?.id).toBe('alerts');
  });

  it('falls back to a broader pattern', () => {
    expect(profileForUrl(profiles, 'https://portal.example/cases')?.id).toBe('any');
  });

  it('returns undefined when none matches', () => {
    expect(profileForUrl(profiles, 'https://third.example/')).toBeUndefined();
  });

  it('breaks a tie by name', () => {
    const tied = [
      profile('b', 'https://p.example/*', 'Beta'),
      profile('a', 'https://p.example/*', 'Alpha'),
    ];
    expect(profileForUrl(tied, 'https://p.example/x')?.id).toBe('a');
  });
});

describe('isProfileFrame', () => {
  const child = { isTop: false, url: 'https://portal.example/frame.html', index: 1 };

  it('places a field without a frame in the top page', () => {
    expect(isProfileFrame(undefined, { isTop: true, url: 'https://portal.example/' })).toBe(true);
  });

  it('keeps a field without a frame out of child frames', () => {
    expect(isProfileFrame(undefined, child)).toBe(false);
  });

  it('matches a child frame by pattern', () => {
    expect(isProfileFrame({ urlPattern: 'https://portal.example/frame*' }, child)).toBe(true);
  });

  it('matches a child frame by pattern and index', () => {
    expect(isProfileFrame({ urlPattern: 'https://portal.example/*', index: 1 }, child)).toBe(true);
  });

  it('rejects a child frame at another index', () => {
    expect(isProfileFrame({ urlPattern: 'https://portal.example/*', index: 0 }, child)).toBe(false);
  });

  it('never places a frame field in the top page', () => {
    const top = { isTop: true, url: 'https://portal.example/frame.html' };
    expect(isProfileFrame({ urlPattern: 'https://portal.example/*' }, top)).toBe(false);
  });
});
