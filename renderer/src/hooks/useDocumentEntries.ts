import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useOpenDocumentsStore } from '../state/open-documents';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/** One open document as the document list shows it. */
export interface DocumentEntry {
  id: string;
  name: string;
  active: boolean;
  /** Unsaved changes. */
  dirty: boolean;
  path: string | null;
}

/**
 * Every open document in order with its name, unsaved state and file, the shown one's as being edited. Reads of
 * the shown document only its name, dirty flag and path: an edit renders the caller only when one of them changes.
 */
export function useDocumentEntries(): DocumentEntry[] {
  const { documents, active } = useOpenDocumentsStore(
    useShallow((s) => ({ documents: s.documents, active: s.active })),
  );
  const live = useScenarioStore(
    useShallow((s) => ({ name: s.scenario?.name ?? null, dirty: selectDirty(s), path: s.path })),
  );
  return useMemo(
    () =>
      documents.map((d) =>
        d.id === active && live.name !== null
          ? { id: d.id, name: live.name, active: true, dirty: live.dirty, path: live.path }
          : { id: d.id, name: d.scenario.name, active: d.id === active, dirty: d.scenario !== d.saved, path: d.path },
      ),
    [documents, active, live],
  );
}

/** True while any open document (the shown one as being edited) has unsaved changes. */
export function useAnyDirty(): boolean {
  const shown = useScenarioStore(selectDirty);
  const others = useOpenDocumentsStore((s) => s.documents.some((d) => d.id !== s.active && d.scenario !== d.saved));
  return shown || others;
}
