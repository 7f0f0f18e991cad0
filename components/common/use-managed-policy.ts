import { useEffect, useState } from 'preact/hooks';
import { readManagedPolicy, watchManagedPolicy } from '@/utils/policy/read';
import type { PolicyReading } from '@/utils/policy/schema';

/** Reads the organisation's policy and its errors, and reads them again whenever the policy changes. */
export function useManagedPolicy(): PolicyReading & { loaded: boolean } {
  const [reading, setReading] = useState<PolicyReading & { loaded: boolean }>({
    policy: {},
    errors: [],
    loaded: false,
  });

  useEffect(() => {
    let active = true;
    const load = () =>
      void readManagedPolicy().then((next) => {
        if (active) setReading({ ...next, loaded: true });
      });
    load();
    const stop = watchManagedPolicy(load);
    return () => {
      active = false;
      stop();
    };
  }, []);

  return reading;
}
