import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../../../shared/api/contract';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';
import type { ImportMapping } from '../../../../shared/dataset/import-types';
import { useApi } from '../../api/ApiContext';
import { describeError } from '../../files/describe-error';
import { useDocumentFile } from '../../files/document-file';
import { rememberDataset, withDatasetId } from '../../files/held-datasets';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';
import { useUiStore } from '../../state/ui-store';
import { NO_EDITS, toImportEdits, type PreviewEdits } from './import-edits';
import type { ImportRequest } from './import-store';
import { headerSignature, recallMapping, rememberMapping } from './mapping-memory';

/** What the dialog is waiting for: the first read of the file, a check, or the merge. */
type Phase = 'reading' | 'checking' | 'importing';

export interface ImportSession {
  path: string | null;
  preview: ImportPreviewWire | null;
  /** The mapping as the user has it now (the last preview's, with the user's changes). */
  mapping: ImportMapping | null;
  edits: PreviewEdits;
  /** Cells or skips changed since the last check: the preview does not show them yet. */
  stale: boolean;
  running: Phase | null;
  /** How far the running request has read its file (characters); null until the host has told. */
  progress: ImportProgress | null;
  error: string | null;
  /** The mapping remembered for these headers was applied. */
  remembered: boolean;
  /** Changes the mapping and checks again at once. */
  setMapping(mapping: ImportMapping): void;
  /** Reads another worksheet (XLSX); its headers are mapped afresh. */
  setSheet(sheet: string): void;
  setEdits(edits: PreviewEdits): void;
  checkAgain(): void;
  commit(): void;
  /** Cancels the request that is running (the host stops reading): its result is ignored. Nothing has changed. */
  abandon(): void;
}

type Previewed = NonNullable<ApiResponse<'previewImport'>>;
type ImportProgress = NonNullable<ApiResponse<'importProgress'>>;

/** How often a running import's progress is asked for. */
const PROGRESS_POLL_MS = 250;

const newJob = () => crypto.randomUUID();

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
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  /** The host's job id of the request running, for progress and cancel. */
  const job = useRef<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remembered, setRemembered] = useState(false);
  /** XLSX: the worksheet chosen; undefined = the first. */
  const [sheet, setSheetState] = useState<string | undefined>(undefined);
  const ticket = useRef(0);
  /** The first read, kept across React's development double effects so a native dialog opens once. */
  const firstRead = useRef<{ id: string; read: Promise<Previewed | null> } | null>(null);

  /** `call` with the host's id of the dataset the import checks against and merges into (the scenario's, as it is now). */
  const held = <T>(call: (datasetId: string) => Promise<T>) =>
    withDatasetId(api, useScenarioStore.getState().scenario!.dataset, call);

  /** Runs `call` under a fresh ticket and host job; `done` only sees results still wanted. */
  const run = useCallback(
    <T>(phase: Phase, call: (job: string) => Promise<T>, done: (result: T) => void, id: string = newJob()) => {
      const mine = ++ticket.current;
      job.current = id;
      setRunning(phase);
      setProgress(null);
      setError(null);
      call(id).then(
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

  const check = (nextMapping: Partial<ImportMapping>, nextEdits: PreviewEdits, nextSheet = sheet) => {
    if (path === null) return;
    const edits = toImportEdits(nextEdits);
    run(
      'checking',
      (job) =>
        held((datasetId) => api.previewImport({ path, datasetId, mapping: nextMapping, edits, sheet: nextSheet, job })),
      (result) => result && show(result),
    );
  };

  // While a request runs, ask the host how far it has read.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const id = job.current;
      if (id)
        api.importProgress({ job: id }).then(
          (p) => p && job.current === id && setProgress(p),
          () => undefined,
        );
    }, PROGRESS_POLL_MS);
    return () => clearInterval(timer);
  }, [api, running]);

  // The first read belongs to this request only; later reads go through check().
  const readFirst = useEffectEvent(() => {
    if (!firstRead.current) {
      const id = newJob();
      firstRead.current = {
        id,
        read: held((datasetId) => api.previewImport({ path: request.path, datasetId, job: id })),
      };
    }
    const { id, read } = firstRead.current;
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
          (job) => held((datasetId) => api.previewImport({ path: result.path, datasetId, mapping: known, job })),
          (again) => again && show(again),
        );
      },
      id,
    );
  });
  useEffect(() => {
    readFirst();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ticket is a counter, not a node: cleanup must bump its latest value
    return () => void ticket.current++;
  }, [request.id]);

  return {
    path,
    preview,
    mapping,
    edits,
    stale,
    running,
    progress,
    error,
    remembered,
    setMapping(next) {
      setMappingState(next);
      check(next, edits);
    },
    setSheet(next) {
      setSheetState(next);
      setEditsState(NO_EDITS);
      // Another sheet has its own headers: layout and columns are detected again; name matches carry over.
      if (mapping) check({ models: mapping.models, newModels: mapping.newModels }, NO_EDITS, next);
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
        (job) =>
          held((datasetId) =>
            api.commitImport({
              document: useDocumentFile.getState().documentId!,
              path,
              datasetId,
              mapping,
              edits: toImportEdits(edits),
              sheet,
              job,
            }),
          ),
        (outcome) => {
          if (!outcome.ok) {
            setPreview({
              ...preview,
              problems: outcome.problems,
              counts: { ...preview.counts, problems: outcome.problems.length },
            });
            return;
          }
          rememberDataset(outcome.dataset, outcome.datasetId);
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
      if (job.current) void api.cancelImport({ job: job.current }).catch(() => undefined);
      job.current = null;
      setRunning(null);
      if (!preview) onClose();
    },
  };
}
