import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../../../shared/api/contract';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';
import type { ImportMapping } from '../../../../shared/dataset/import-types';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../files/describe-error';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import { NO_EDITS, toImportEdits, type PreviewEdits } from './import-edits';
import type { ImportRequest } from './import-store';
import { headerSignature, recallMapping, rememberMapping } from './mapping-memory';

/** What the dialog is waiting for: the first read of the file, a check, or the merge. */
export type Phase = 'reading' | 'checking' | 'importing';

export interface ImportSession {
  path: string | null;
  preview: ImportPreviewWire | null;
  /** The mapping as the user has it now (the last preview's, with the user's changes). */
  mapping: ImportMapping | null;
  edits: PreviewEdits;
  /** Cells or skips changed since the last check: the preview does not show them yet. */
  stale: boolean;
  running: Phase | null;
  error: string | null;
  /** The mapping remembered for these headers was applied. */
  remembered: boolean;
  /** Changes the mapping and checks again at once. */
  setMapping(mapping: ImportMapping): void;
  setEdits(edits: PreviewEdits): void;
  checkAgain(): void;
  commit(): void;
  /** Abandons the request that is running: its result is ignored. Nothing has changed. */
  abandon(): void;
}

type Previewed = NonNullable<ApiResponse<'previewImport'>>;

/**
 * One import from file to merged dataset: reads the file (the native dialog first when path is null),
 * re-applies the mapping remembered for its headers, re-checks with the user's mapping and edits, and on
 * commit replaces the scenario's dataset in ONE store action (one undo step). Every request carries a
 * ticket; a result whose ticket is no longer current (cancelled, closed) is dropped.
 */
export function useImportSession(request: ImportRequest, onClose: () => void): ImportSession {
  const api = useApi();
  const { t } = useTranslation(IMPORT_NS);
  const { t: tMain } = useTranslation();
  const [path, setPath] = useState<string | null>(request.path);
  const [preview, setPreview] = useState<ImportPreviewWire | null>(null);
  const [mapping, setMappingState] = useState<ImportMapping | null>(null);
  const [edits, setEditsState] = useState<PreviewEdits>(NO_EDITS);
  const [stale, setStale] = useState(false);
  const [running, setRunning] = useState<Phase | null>('reading');
  const [error, setError] = useState<string | null>(null);
  const [remembered, setRemembered] = useState(false);
  const ticket = useRef(0);
  /** The first read, kept across React's development double effects so a native dialog opens once. */
  const firstRead = useRef<Promise<Previewed | null> | null>(null);

  const dataset = () => useScenarioStore.getState().scenario!.dataset;

  /** Runs `call` under a fresh ticket; `done` only sees results still wanted. */
  const run = useCallback(
    <T>(phase: Phase, call: () => Promise<T>, done: (result: T) => void) => {
      const mine = ++ticket.current;
      setRunning(phase);
      setError(null);
      call().then(
        (result) => {
          if (mine !== ticket.current) return;
          setRunning(null);
          done(result);
        },
        (failure: unknown) => {
          if (mine !== ticket.current) return;
          setRunning(null);
          setError(describeError(tMain, failure));
        },
      );
    },
    [tMain],
  );

  const show = (result: Previewed) => {
    setPath(result.path);
    setPreview(result.preview);
    setMappingState(result.preview.mapping);
    setStale(false);
  };

  const check = (nextMapping: ImportMapping, nextEdits: PreviewEdits, phase: Phase = 'checking') => {
    if (path === null) return;
    run(
      phase,
      () => api.previewImport({ path, dataset: dataset(), mapping: nextMapping, edits: toImportEdits(nextEdits) }),
      (result) => result && show(result),
    );
  };

  useEffect(() => {
    firstRead.current ??= api.previewImport({ path: request.path, dataset: dataset() });
    const read = firstRead.current;
    run(
      'reading',
      () => read,
      (result) => {
        if (!result) return onClose(); // the native dialog was cancelled
        show(result);
        const signature = headerSignature(result.preview.format, result.preview.mapping);
        const known = signature ? recallMapping(signature) : null;
        if (!known || JSON.stringify(known) === JSON.stringify(result.preview.mapping)) return;
        setRemembered(true);
        setMappingState(known);
        run(
          'checking',
          () => api.previewImport({ path: result.path, dataset: dataset(), mapping: known }),
          (again) => again && show(again),
        );
      },
    );
    return () => void ticket.current++;
  }, [request.id]); // the first read belongs to this request only; later reads go through check()

  return {
    path,
    preview,
    mapping,
    edits,
    stale,
    running,
    error,
    remembered,
    setMapping(next) {
      setMappingState(next);
      check(next, edits);
    },
    setEdits(next) {
      setEditsState(next);
      setStale(true);
    },
    checkAgain() {
      if (mapping) check(mapping, edits);
    },
    commit() {
      if (path === null || !mapping || !preview) return;
      const file = preview.file;
      run(
        'importing',
        () => api.commitImport({ path, dataset: dataset(), mapping, edits: toImportEdits(edits) }),
        (outcome) => {
          if (!outcome.ok) {
            setPreview({
              ...preview,
              problems: outcome.problems,
              counts: { ...preview.counts, problems: outcome.problems.length },
            });
            return;
          }
          useScenarioStore.getState().importDataset(outcome.dataset);
          const signature = headerSignature(preview.format, mapping);
          if (signature) rememberMapping(signature, mapping);
          const { observations: count, models } = outcome.added;
          useUiStore
            .getState()
            .info(models ? t('status.importedModels', { count, models, file }) : t('status.imported', { count, file }));
          onClose();
        },
      );
    },
    abandon() {
      ticket.current++;
      setRunning(null);
      if (!preview) onClose();
    },
  };
}
