import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { useApi } from '../api/ApiContext';
import { DEFAULT_AUTOSAVE_TIMING, createAutosaver, type AutosaveTiming } from '../files/autosaver';
import { useDocumentFile } from '../files/document-file';
import { scenarioRequest } from '../files/held-datasets';
import { WorkbenchError } from '../../../shared/api/errors';
import { useOpenDocumentsStore } from '../state/open-documents';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/**
 * Keeps a copy of unsaved work in the recovery folder under each document's id, `timing.delayMs` after its last
 * edit (one autosaver per document: a copy pending when another document is shown is still kept); failures are
 * shown in the status line (useDocumentFile.autosaveProblem) and retried with back-off. It follows the stores by
 * subscription: an edit renders no component for it.
 */
export function useAutosave(timing: AutosaveTiming = DEFAULT_AUTOSAVE_TIMING): void {
  const api = useApi();
  const document = useDocumentFile((s) => s.documentId);
  const open = useOpenDocumentsStore((s) => s.documents);
  const autosavers = useMemo(() => {
    const byDocument = new Map<string, ReturnType<typeof createAutosaver<Scenario>>>();
    const problem = (id: string, value: ReturnType<typeof useDocumentFile.getState>['autosaveProblem']) => {
      if (useDocumentFile.getState().documentId === id) useDocumentFile.getState().setAutosaveProblem(value);
    };
    return {
      of(id: string) {
        let autosaver = byDocument.get(id);
        if (!autosaver) {
          autosaver = createAutosaver<Scenario>(
            {
              save: async (next) => {
                await api.autosave({ document: id, ...(await scenarioRequest(api, next)) });
              },
              onFailure(error, retryInMs) {
                const known = error instanceof WorkbenchError;
                problem(id, {
                  code: known ? error.code : 'internal',
                  message: error instanceof Error ? error.message : String(error),
                  retryInMs,
                });
              },
              onRecovered: () => problem(id, null),
            },
            timing,
          );
          byDocument.set(id, autosaver);
        }
        return autosaver;
      },
      /** Stops the autosavers of documents no longer open. */
      keepOnly(ids: ReadonlySet<string>) {
        for (const [id, autosaver] of byDocument)
          if (!ids.has(id)) {
            autosaver.stop();
            byDocument.delete(id);
          }
      },
      stopAll: () => byDocument.forEach((a) => a.stop()),
    };
  }, [api, timing]);
  useEffect(() => () => autosavers.stopAll(), [autosavers]);
  useEffect(() => {
    autosavers.keepOnly(new Set([...open.map((d) => d.id), ...(document ? [document] : [])]));
  }, [autosavers, open, document]);
  useEffect(() => {
    // The stores as they are now: a scenario is always kept under its own document.
    const sync = () => {
      const shown = useDocumentFile.getState().documentId;
      const live = useScenarioStore.getState();
      if (!shown) return;
      if (live.scenario && selectDirty(live)) autosavers.of(shown).changed(live.scenario);
      else {
        autosavers.of(shown).stop();
        useDocumentFile.getState().setAutosaveProblem(null);
      }
    };
    // Store subscriptions, not renders: an edit renders nothing here. Showing another document sets the scenario
    // store before the document id, so the copy is taken once both are set (the same task, a microtask later).
    let queued = false;
    let listening = true;
    const later = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (listening) sync();
      });
    };
    sync();
    const offScenario = useScenarioStore.subscribe((s, before) => {
      if (s.scenario !== before.scenario || s.saved !== before.saved) later();
    });
    const offDocument = useDocumentFile.subscribe((s, before) => {
      if (s.documentId !== before.documentId) later();
    });
    return () => {
      listening = false;
      offScenario();
      offDocument();
    };
  }, [autosavers]);
}
