/**
 * Portal origins under an organisation's allow-list. Permissions are granted
 * per origin, so an allowed pattern's path and port are dropped: an entry
 * `https://portal.example:8443/alerts/*` allows `https://portal.example/*`.
 */
import { isValidMatchPattern } from '../profile/match-pattern';

const PATTERN = /^(\*|https?):\/\/([^/]+)(\/.*)?$/i;
/** `*`, `*.` and a domain, a host name, an IPv4 address or a bracketed IPv6 address. */
const HOST = /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

interface OriginParts {
  scheme: string;
  host: string;
}

function splitPattern(pattern: string): OriginParts | undefined {
  const match = PATTERN.exec(pattern.trim());
  if (!match) return undefined;
  const host = match[2].replace(/:(\d+|\*)$/, '').toLowerCase();
  return { scheme: match[1].toLowerCase(), host };
}

/**
 * Turns an allow-list entry (an origin such as `https://portal.example`, a
 * host name, or a match pattern such as `https://*.police.example/*`) into
 * the match pattern of its origins, or returns undefined when it names no
 * http(s) origin.
 */
export function normalizeAllowedOrigin(entry: string): string | undefined {
  const trimmed = entry.trim();
  if (!trimmed) return undefined;
  const withScheme = trimmed.includes('://') ? trimmed : `https://${trimmed}`;
  const withPath = /^[^:]+:\/\/[^/]+$/.test(withScheme) ? `${withScheme}/` : withScheme;
  const parts = splitPattern(withPath);
  if (!parts || !HOST.test(parts.host)) return undefined;
  if (!isValidMatchPattern(`${parts.scheme}://${parts.host}/*`)) return undefined;
  return `${parts.scheme}://${parts.host}/*`;
}

function schemeCovers(allowed: string, granted: string): boolean {
  return allowed === '*' || allowed === granted;
}

function hostCovers(allowed: string, granted: string): boolean {
  if (allowed === '*') return true;
  if (!allowed.startsWith('*.')) return allowed === granted;
  const domain = allowed.slice(2);
  const grantedDomain = granted.startsWith('*.') ? granted.slice(2) : granted;
  return grantedDomain === domain || grantedDomain.endsWith(`.${domain}`);
}

/**
 * Tells whether every page that a granted origin pattern matches is under
 * one of the allowed patterns. Without an allow-list, every origin is allowed.
 */
export function isOriginAllowed(pattern: string, allowed: readonly string[] | undefined): boolean {
  if (!allowed) return true;
  const granted = splitPattern(pattern);
  if (!granted) return false;
  return allowed.some((entry) => {
    const parts = splitPattern(entry);
    return (
      !!parts && schemeCovers(parts.scheme, granted.scheme) && hostCovers(parts.host, granted.host)
    );
  });
}

/** Keeps the granted origin patterns that the allow-list covers. */
export function filterAllowedOrigins(
  granted: readonly string[],
  allowed: readonly string[] | undefined,
): string[] {
  return granted.filter((pattern) => isOriginAllowed(pattern, allowed));
}
