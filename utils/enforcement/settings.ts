import { readManagedPolicy } from '../policy/read';
/** Whether a submission with blocking items open is stopped (`enforce`) or only checked (`off`). */
export const ENFORCEMENT_MODES = ['off', 'enforce'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

/** Key of the mode in `storage.local`. */
export const ENFORCEMENT_KEY = 'enforcementMode';

export const DEFAULT_ENFORCEMENT_MODE: EnforcementMode = 'off';

function isEnforcementMode(value: unknown): value is EnforcementMode {
  return (ENFORCEMENT_MODES as readonly unknown[]).includes(value);
}

/**
 * Reads the enforcement mode. Every reader goes through this function, so that
 * a setting an organisation forces can take precedence here alone. A stored
 * value that is not a mode counts as the default.
 */
export async function readEnforcementMode(): Promise<EnforcementMode> {
  const { policy } = await readManagedPolicy();
  if (policy.enforcement) return policy.enforcement;
  const stored = await browser.storage.local.get(ENFORCEMENT_KEY);
  const value = stored[ENFORCEMENT_KEY];
  return isEnforcementMode(value) ? value : DEFAULT_ENFORCEMENT_MODE;
}

export async function writeEnforcementMode(mode: EnforcementMode): Promise<void> {
  await browser.storage.local.set({ [ENFORCEMENT_KEY]: mode });
}

/** Calls `onChange` after any storage change that may change the mode, the policy's included. */
export function watchEnforcementMode(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (ENFORCEMENT_KEY in changes || area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
