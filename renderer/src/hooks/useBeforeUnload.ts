import { useEffect } from 'react';
import { useOpenDocumentList } from '../state/open-documents';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/** Lets the browser ask before a tab with unsaved changes (in any of its documents) is closed or reloaded. */
export function useBeforeUnload(): void {
  const documents = useOpenDocumentList();
  const shownDirty = useScenarioStore(selectDirty);
  const dirty = shownDirty || documents.some((d) => d.dirty);
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
