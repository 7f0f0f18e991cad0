/**
 * WebExtension match patterns, as Chromium reads them: `<all_urls>`, or
 * `scheme://host/path`. The scheme is `*`, `http`, `https`, `ws`, `wss` or
 * `file`. The host is `*`, `*.` and a domain, or a host name, with an
 * optional port (`:8080` or `:*`). The path starts with `/`, and a `*` in it
 * matches any text. A frame of a portal may also be named by the exact URL
 * `about:blank` or `about:srcdoc`, which no match pattern can express.
 */

const SCHEMES = new Set(['*', 'http', 'https', 'ws', 'wss', 'file']);
/** Schemes that `*` and `<all_urls>` stand for. */
const STAR_SCHEMES = new Set(['http', 'https', 'ws', 'wss']);
const ALL_URLS_SCHEMES = new Set([...STAR_SCHEMES, 'file']);
const ABOUT_URLS = new Set(['about:blank', 'about:srcdoc']);
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', ws: '80', wss: '443' };

interface ParsedPattern {
  scheme: string;
  /** `*`, `*.example.org` or a host name, in lower case. */
  host: string;
  /** Digits, `*`, or undefined for any port. */
  port?: string;
  path: RegExp;
}

const PATTERN = /^([a-z*]+):\/\/([^/]*)(\/.*)$/;
const HOST = /^(\*|(\*\.)?[^*:/]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/i;

function parsePattern(pattern: string): ParsedPattern | undefined {
  const match = PATTERN.exec(pattern);
  if (!match) return undefined;
  const [, scheme, hostPart, path] = match;
  if (!SCHEMES.has(scheme)) return undefined;

  if (scheme === 'file') {
    return hostPart === '' ? { scheme, host: '', path: pathRegExp(path) } : undefined;
  }
  const host = HOST.exec(hostPart);
  if (!host || (host[3] !== undefined && host[3] !== '*' && Number(host[3]) > 65_535)) {
    return undefined;
  }
  return { scheme, host: host[1].toLowerCase(), port: host[3], path: pathRegExp(path) };
}

/** Turns a path with `*` wildcards into an anchored regular expression. */
function pathRegExp(path: string): RegExp {
  const escaped = path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** Tells whether a text is a valid match pattern for a page. */
export function isValidMatchPattern(pattern: string): boolean {
  return pattern === '<all_urls>' || parsePattern(pattern) !== undefined;
}

/** Tells whether a text is a valid pattern for a frame: a match pattern or an `about:` URL. */
export function isValidFramePattern(pattern: string): boolean {
  return ABOUT_URLS.has(pattern) || isValidMatchPattern(pattern);
}

function hostMatches(patternHost: string, hostname: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const domain = patternHost.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === patternHost;
}

function portMatches(patternPort: string | undefined, url: URL, scheme: string): boolean {
  if (patternPort === undefined || patternPort === '*') return true;
  return (url.port || DEFAULT_PORTS[scheme]) === patternPort;
}

/**
 * Tells whether a URL matches a match pattern. The path part matches the
 * URL's path and query, as in Chromium, and the fragment is ignored. An
 * `about:blank` or `about:srcdoc` pattern matches only that URL.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const withoutFragment = url.split('#')[0];
  if (ABOUT_URLS.has(pattern)) return withoutFragment === pattern;

  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsedUrl.protocol.slice(0, -1);
  if (pattern === '<all_urls>') return ALL_URLS_SCHEMES.has(scheme);

  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  const schemeMatches = parsed.scheme === '*' ? STAR_SCHEMES.has(scheme) : parsed.scheme === scheme;
  return (
    schemeMatches &&
    hostMatches(parsed.host, parsedUrl.hostname.toLowerCase()) &&
    portMatches(parsed.port, parsedUrl, scheme) &&
    parsed.path.test(parsedUrl.pathname + parsedUrl.search)
  );
}

/**
 * Returns a pattern for the page at a URL: its origin and path. A URL with a
 * query gets `*` after the path, so that the pattern matches the page it was
 * made from and the same page with other query values. An `about:` URL is
 * returned as it is.
 */
export function patternForUrl(url: string): string {
  const withoutFragment = url.split('#')[0];
  if (ABOUT_URLS.has(withoutFragment)) return withoutFragment;
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search ? '*' : ''}`;
}

/** Counts the characters of a pattern that are not wildcards, to prefer the more specific. */
export function patternSpecificity(pattern: string): number {
  return pattern.replaceAll('*', '').length;
}
