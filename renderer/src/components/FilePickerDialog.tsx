import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../../shared/api/contract';
import { SCENARIO_EXTENSION } from '../../../shared/domain/scenario';
import { useApi } from '../api/ApiContext';
import { describeError } from '../files/describe-error';
import { BundledScenarioList } from './BundledScenarioList';
import { useFileActions } from '../files/FileActionsContext';
import { isPlainFileName, joinPath, withExtension } from '../files/file-names';
import { useUiStore, type PickerMode, type PickerRequest } from '../state/ui-store';
import { useScenarioStore } from '../state/scenario-store';
import { useReturnFocus } from './return-focus';
import './file-picker.css';

type Listing = ApiResponse<'listDirectory'>;

const MODES: Record<PickerMode, { title: string; confirm: string; ext: string }> = {
  open: { title: 'picker.openTitle', confirm: 'picker.open', ext: SCENARIO_EXTENSION },
  'save-as': { title: 'picker.saveTitle', confirm: 'picker.save', ext: SCENARIO_EXTENSION },
  'export-pdf': { title: 'picker.exportTitle', confirm: 'picker.export', ext: '.pdf' },
};

const formatSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${Math.ceil(bytes / 1024)} KB`);

/** A file name to suggest when saving: the scenario's name without characters file systems refuse. */
const suggestedName = (name: string | undefined) =>
  (name ?? '')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .trim()
    .slice(0, 80);

/**
 * The in-app file picker of the browser host: lists workspace folders through listDirectory (folders
 * navigable, files of the mode's kind as buttons), a "File name" field, confirm and cancel.
 */
export function FilePickerDialog() {
  const mode = useUiStore((s) => s.picker);
  const openPicker = useUiStore((s) => s.openPicker);
  const setAfterSave = useUiStore((s) => s.setAfterSave);
  const close = () => {
    openPicker(null);
    setAfterSave(null);
  };
  return (
    <Dialog.Root open={mode !== null} onOpenChange={(open) => !open && close()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        {mode && (
          <PickerContent
            key={typeof mode === 'string' ? mode : mode.title}
            mode={mode}
            onDone={() => openPicker(null)}
            onCancel={close}
          />
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PickerContent({
  mode,
  onDone,
  onCancel,
}: {
  mode: PickerMode | PickerRequest;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const returnFocus = useReturnFocus();
  const api = useApi();
  const actions = useFileActions();
  const pickerDir = useUiStore((s) => s.pickerDir);
  const setPickerDir = useUiStore((s) => s.setPickerDir);
  const scenarioName = useScenarioStore((s) => s.scenario?.name);
  const spec: PickerRequest =
    typeof mode === 'string'
      ? {
          title: t(MODES[mode].title),
          confirm: t(MODES[mode].confirm),
          extensions: [MODES[mode].ext],
          save: mode !== 'open',
          suggestedName: mode === 'open' ? '' : suggestedName(scenarioName),
          run: mode === 'open' ? actions.openPath : mode === 'save-as' ? actions.savePath : actions.exportPath,
        }
      : mode;
  const { title, confirm, extensions } = spec;
  const [listing, setListing] = useState<Listing | null>(null);
  const [name, setName] = useState(spec.suggestedName);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const nameId = useId();

  useEffect(() => {
    let live = true;
    api.listDirectory({ dir: pickerDir }).then(
      (result) => live && setListing(result),
      (error: unknown) => live && setProblem(describeError(t, error)),
    );
    return () => {
      live = false;
    };
  }, [api, pickerDir, t]);

  const files = (listing?.entries ?? []).filter(
    (e) => e.kind === 'directory' || extensions.some((ext) => e.name.toLowerCase().endsWith(ext.toLowerCase())),
  );

  const submit = async (fileName = name) => {
    const trimmed = fileName.trim();
    if (!listing || !isPlainFileName(trimmed)) return setProblem(t('picker.chooseFile'));
    const path = joinPath(listing.dir, spec.save ? withExtension(trimmed, extensions[0]) : trimmed);
    setWorking(true);
    setProblem(null);
    const ok = await spec.run(path);
    setWorking(false);
    if (ok) onDone();
    else setProblem(useUiStore.getState().status?.text ?? null);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };

  return (
    <Dialog.Content className="dialog picker" aria-describedby={undefined} {...returnFocus}>
      <Dialog.Title className="dialog-title">{title}</Dialog.Title>
      <form onSubmit={onSubmit}>
        <div className="picker-path">
          <button
            type="button"
            className="picker-up"
            disabled={!listing?.parent}
            onClick={() => listing?.parent && setPickerDir(listing.parent)}
          >
            {t('picker.up')}
          </button>
          <span className="picker-dir" title={listing?.dir}>
            {listing?.dir ?? '…'}
          </span>
        </div>
        <ul className="picker-list" aria-label={t('picker.files')}>
          {listing && files.length === 0 && <li className="picker-empty">{t('picker.empty')}</li>}
          {files.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={`picker-entry is-${entry.kind}`}
                aria-pressed={entry.kind === 'file' ? entry.name === name : undefined}
                onClick={() => (entry.kind === 'directory' ? setPickerDir(entry.path) : setName(entry.name))}
                onDoubleClick={() => entry.kind === 'file' && void submit(entry.name)}
              >
                <span className="picker-icon" aria-hidden="true">
                  {entry.kind === 'directory' ? '▸' : '·'}
                </span>
                <span className="picker-name">{entry.name}</span>
                {entry.kind === 'file' && <span className="picker-size">{formatSize(entry.size)}</span>}
                <span className="picker-date">{entry.modifiedAt.slice(0, 16).replace('T', ' ')}</span>
              </button>
            </li>
          ))}
        </ul>
        {mode === 'open' && <BundledScenarioList onOpened={onDone} onProblem={setProblem} />}
        <div className="picker-name-row">
          <label htmlFor={nameId}>{t('picker.fileName')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        {problem && (
          <p className="picker-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('picker.cancel')}
          </button>
          <button type="submit" className="primary" disabled={working || !listing}>
            {confirm}
          </button>
        </div>
      </form>
    </Dialog.Content>
  );
}
