import { create } from 'zustand';
import type { Fingerprint } from '../../../shared/api/contract';
import { useScenarioStore } from '../state/scenario-store';

/** What a save asks the user before it writes (see SaveConflictDialog). */
type SavePrompt =
  /** The file changed on disk since it was opened or saved: overwrite, save as, or reload. */
  | { kind: 'conflict'; path: string }
  /** Save As onto a file that is there: replace it? */
  | { kind: 'replace'; path: string };

interface DocumentFileState {
  /** The host's id of the document shown (its recovery copy, liveness); null until one is loaded. */
  documentId: string | null;
  /** The file the current document knows, by document generation: its fingerprint as opened or last saved. */
  known: { generation: number; path: string; fingerprint: Fingerprint } | null;
  prompt: SavePrompt | null;
  /** Why the last autosave failed and when it is tried again; null while autosave works. */
  autosaveProblem: { code: string; message: string; retryInMs: number } | null;
  remember(path: string, fingerprint: Fingerprint): void;
  adopt(documentId: string): void;
  setPrompt(prompt: SavePrompt | null): void;
  setAutosaveProblem(problem: DocumentFileState['autosaveProblem']): void;
}

/** The file side of the open document, beside the scenario store (which holds the scenario and its path). */
export const useDocumentFile = create<DocumentFileState>()((set) => ({
  documentId: null,
  known: null,
  prompt: null,
  autosaveProblem: null,
  remember: (path, fingerprint) =>
    set({ known: { generation: useScenarioStore.getState().generation, path, fingerprint } }),
  adopt: (documentId) => set({ documentId }),
  setPrompt: (prompt) => set({ prompt }),
  setAutosaveProblem: (autosaveProblem) => set({ autosaveProblem }),
}));

/**
 * The fingerprint a save of the current document to `path` expects on disk: the one it opened or last
 * saved there, or null (a file it never had, which must not exist yet).
 */
export function expectedFingerprint(path: string): Fingerprint | null {
  const { known } = useDocumentFile.getState();
  const { generation } = useScenarioStore.getState();
  return known && known.generation === generation && known.path === path ? known.fingerprint : null;
}
