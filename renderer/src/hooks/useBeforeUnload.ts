import { useEffect } from 'react';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/** Lets the browser ask before a tab with unsaved changes is closed or reloaded. */
export function useBeforeUnload(): void {
  const dirty = useScenarioStore(selectDirty);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
