import { useEffect, useMemo } from 'react';
import { useApi } from '../api/ApiContext';
import { DEFAULT_AUTOSAVE_TIMING, createAutosaver, type AutosaveTiming } from '../files/autosaver';
import { useDocumentFile } from '../files/document-file';
import { scenarioRequest } from '../files/held-datasets';
import { WorkbenchError } from '../../../shared/api/errors';
import { selectDirty, useScenarioStore } from '../state/scenario-store';

/**
 * Keeps a copy of unsaved work in the recovery folder under this page's document id, `timing.delayMs`
 * after the last edit; failures are shown in the status line (useDocumentFile.autosaveProblem) and
 * retried with back-off.
 */
export function useAutosave(timing: AutosaveTiming = DEFAULT_AUTOSAVE_TIMING): void {
  const api = useApi();
  const scenario = useScenarioStore((s) => s.scenario);
  const dirty = useScenarioStore(selectDirty);
  const autosaver = useMemo(
    () =>
      createAutosaver(
        {
          save: async (next) => {
            const { documentId } = useDocumentFile.getState();
            if (documentId) await api.autosave({ document: documentId, ...(await scenarioRequest(api, next)) });
          },
          onFailure(error, retryInMs) {
            const known = error instanceof WorkbenchError;
            useDocumentFile.getState().setAutosaveProblem({
              code: known ? error.code : 'internal',
              message: error instanceof Error ? error.message : String(error),
              retryInMs,
            });
          },
          onRecovered: () => useDocumentFile.getState().setAutosaveProblem(null),
        },
        timing,
      ),
    [api, timing],
  );
  useEffect(() => () => autosaver.stop(), [autosaver]);
  useEffect(() => {
    if (scenario && dirty) autosaver.changed(scenario);
    else {
      autosaver.stop();
      if (!dirty) useDocumentFile.getState().setAutosaveProblem(null);
    }
  }, [autosaver, scenario, dirty]);
}
