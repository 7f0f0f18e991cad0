import { parseManagedPolicy, type PolicyReading } from './schema';

const NO_POLICY: PolicyReading = Object.freeze({ policy: {}, errors: [] });

/**
 * Reads the organisation's policy from `storage.managed` and validates each
 * key on its own. A browser without a policy for Vigila has no policy:
 * Chrome returns an empty area, and Firefox rejects the read when neither
 * `policies.json` nor a native manifest sets one.
 */
export async function readManagedPolicy(): Promise<PolicyReading> {
  const area = browser.storage?.managed;
  if (!area) return { ...NO_POLICY };
  let raw: Record<string, unknown>;
  try {
    raw = await area.get(null);
  } catch {
    return { ...NO_POLICY };
  }
  if (!raw || typeof raw !== 'object') return { ...NO_POLICY };
  return parseManagedPolicy(raw);
}

/** Calls `listener` whenever the organisation's policy changes. Returns the unsubscribe function. */
export function watchManagedPolicy(listener: () => void): () => void {
  const onChanged = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
