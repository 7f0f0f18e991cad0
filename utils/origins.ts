/**
 * Turns what an officer types ("portal.example", "https://portal.example:8443/app")
 * into the match pattern of its origin, or undefined when it is not an http(s) URL.
 */
export function originPattern(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Match patterns ignore ports, so the pattern covers every port of the host.
  return `${url.protocol}//${url.hostname}/*`;
}

/** Lists the portal origins the extension may run on, as match patterns. */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^https?:\/\//.test(origin)).sort();
}
