import { useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Fingerprint } from '../../../shared/api/contract';
import type { Scenario } from '../../../shared/domain/scenario';
import { useDocumentFile } from '../files/document-file';
import { selectDirty, useScenarioStore } from './scenario-store';

type History = ReturnType<typeof useScenarioStore.temporal.getState>;

/** One open document of this window, as kept while another one is shown. */
export interface OpenDocument {
  /** The host's document id. */
  id: string;
  scenario: Scenario;
  saved: Scenario | null;
  path: string | null;
  /** The file's fingerprint as this document opened or last saved it. */
  known: { path: string; fingerprint: Fingerprint } | null;
  pastStates: History['pastStates'];
  futureStates: History['futureStates'];
}

interface OpenDocumentsState {
  /** Every open document in the order opened; the active one's entry is refreshed when another is shown. */
  documents: OpenDocument[];
  /** The id of the document in the scenario store (shown and edited); null before the first. */
  active: string | null;
}

/**
 * The documents open in this window. The active one lives in the scenario store (with its undo history) and the
 * document-file store (its id and fingerprint), where every view and action finds it; the others wait here with
 * their scenario, saved state, file and undo history, and are put back in those stores when shown again.
 */
export const useOpenDocumentsStore = create<OpenDocumentsState>()(() => ({ documents: [], active: null }));

/** The active document as the stores hold it now. */
function snapshot(id: string): OpenDocument | null {
  const { scenario, saved, path } = useScenarioStore.getState();
  const { known, documentId } = useDocumentFile.getState();
  const { pastStates, futureStates } = useScenarioStore.temporal.getState();
  if (!scenario || documentId !== id) return null;
  const file = known && known.generation === useScenarioStore.getState().generation ? known : null;
  return {
    id,
    scenario,
    saved,
    path,
    known: file && { path: file.path, fingerprint: file.fingerprint },
    pastStates,
    futureStates,
  };
}

/** The entries with the active one refreshed from the stores. */
function current(): OpenDocument[] {
  const { documents, active } = useOpenDocumentsStore.getState();
  const live = active ? snapshot(active) : null;
  return live ? documents.map((d) => (d.id === live.id ? live : d)) : documents;
}

/** Puts `doc` into the scenario and document-file stores (a new generation: views start afresh for it). */
function show(doc: OpenDocument): void {
  const generation = useScenarioStore.getState().generation + 1;
  useScenarioStore.setState({ scenario: doc.scenario, saved: doc.saved, path: doc.path, generation });
  useScenarioStore.temporal.setState({ pastStates: doc.pastStates, futureStates: doc.futureStates });
  useDocumentFile.setState({
    documentId: doc.id,
    known: doc.known && { generation, ...doc.known },
    prompt: null,
    autosaveProblem: null,
  });
  useOpenDocumentsStore.setState({ active: doc.id });
}

/** Opens `doc` as a new document of the window and shows it; the one shown before waits in the list. */
export function addDocument(doc: {
  id: string;
  scenario: Scenario;
  path: string | null;
  fingerprint?: Fingerprint;
  dirty?: boolean;
}): void {
  const entry: OpenDocument = {
    id: doc.id,
    scenario: doc.scenario,
    saved: doc.dirty ? null : doc.scenario,
    path: doc.path,
    known: doc.path && doc.fingerprint ? { path: doc.path, fingerprint: doc.fingerprint } : null,
    pastStates: [],
    futureStates: [],
  };
  performance.mark('sewb:scenario-loaded'); // read by `npm run bench`
  useOpenDocumentsStore.setState({ documents: [...current().filter((d) => d.id !== doc.id), entry] });
  show(entry);
}

/** Shows document `id` (the one shown before keeps its state, undo history included). */
export function switchDocument(id: string): void {
  const { active } = useOpenDocumentsStore.getState();
  if (id === active) return;
  const documents = current();
  const target = documents.find((d) => d.id === id);
  if (!target) return;
  useOpenDocumentsStore.setState({ documents });
  show(target);
}

/** The next (step 1) or previous (step -1) document in the list, wrapping around; null with one document. */
export function neighbourOf(id: string, step: 1 | -1): string | null {
  const { documents } = useOpenDocumentsStore.getState();
  if (documents.length < 2) return null;
  const at = documents.findIndex((d) => d.id === id);
  return documents[(at + step + documents.length) % documents.length].id;
}

/** Takes document `id` out of the window; when it was shown, its neighbour is shown. Refused for the last one. */
export function removeDocument(id: string): boolean {
  const { documents, active } = useOpenDocumentsStore.getState();
  if (documents.length < 2 || !documents.some((d) => d.id === id)) return false;
  const next = id === active ? neighbourOf(id, documents.findIndex((d) => d.id === id) === 0 ? 1 : -1) : null;
  if (next) switchDocument(next);
  useOpenDocumentsStore.setState({ documents: useOpenDocumentsStore.getState().documents.filter((d) => d.id !== id) });
  return true;
}

/** True when document `id` (the shown one as the store has it) has unsaved changes. */
export function isDirty(id: string): boolean {
  const { active } = useOpenDocumentsStore.getState();
  if (id === active) return selectDirty(useScenarioStore.getState());
  const doc = useOpenDocumentsStore.getState().documents.find((d) => d.id === id);
  return doc !== undefined && doc.scenario !== doc.saved;
}

/** One open document as the views show it (the compare view, the document list). */
export interface OpenDocumentView {
  id: string;
  name: string;
  /** Its scenario with its dataset; the shown document's as being edited. */
  scenario: Scenario;
  active: boolean;
}

/**
 * Every open document in order, the active one included, each scenario with its dataset. Re-renders when the list,
 * the active document or its scenario changes (the compare view; the document list reads less: useDocumentEntries).
 */
export function useOpenDocuments(): OpenDocumentView[] {
  const { documents, active } = useOpenDocumentsStore(
    useShallow((s) => ({ documents: s.documents, active: s.active })),
  );
  const live = useScenarioStore((s) => s.scenario);
  return useMemo(
    () =>
      documents.map((d) => {
        const scenario = d.id === active && live !== null ? live : d.scenario;
        return { id: d.id, name: scenario.name, scenario, active: d.id === active };
      }),
    [documents, active, live],
  );
}
