import { useEffect, useState } from 'preact/hooks';
import {
  resolveActiveChecklist,
  watchActiveChecklist,
  type ActiveChecklist,
  type ChecklistPolicy,
} from '@/utils/checklist/active';
import { DEFAULT_CHECKLIST } from '@/utils/checklist';

/**
 * Follows the checklist the panel applies, and resolves it again when the
 * user chooses another one or a checklist is saved, imported or deleted.
 * The default checklist applies until the first resolution ends. `policy`
 * must keep its identity between renders, because a new object resolves again.
 */
export function useActiveChecklist(policy?: ChecklistPolicy): ActiveChecklist {
  const [active, setActive] = useState<ActiveChecklist>({
    checklist: DEFAULT_CHECKLIST,
    source: 'default',
  });

  useEffect(() => {
    let current = true;
    const resolve = () => {
      resolveActiveChecklist(policy)
        .then((resolved) => current && setActive(resolved))
        .catch(() => current && setActive({ checklist: DEFAULT_CHECKLIST, source: 'default' }));
    };
    resolve();
    const stop = watchActiveChecklist(resolve);
    return () => {
      current = false;
      stop();
    };
  }, [policy]);

  return active;
}
