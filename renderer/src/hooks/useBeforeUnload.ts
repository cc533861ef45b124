import { useEffect } from 'react';
import { useAnyDirty } from './useDocumentEntries';

/** Lets the browser ask before a tab with unsaved changes (in any of its documents) is closed or reloaded. */
export function useBeforeUnload(): void {
  const dirty = useAnyDirty();
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
