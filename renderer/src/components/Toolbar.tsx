import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useFileActions } from '../files/FileActionsContext';
import { useScenarioStore } from '../state/scenario-store';
import { useUiStore } from '../state/ui-store';
import { ExportMenu } from '../views/import/ExportMenu';
import { useDataActions } from '../views/import/useDataActions';
import { IMPORT_NS } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NewScenarioButton } from '../views/build/NewScenarioDialog';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const shortcut = (keys: string) => (isMac ? keys.replace('Ctrl+', '⌘') : keys);

/** File commands, undo/redo and the language switch; each button's accessible name is its label. */
export function Toolbar() {
  const { t } = useTranslation();
  const actions = useFileActions();
  const data = useDataActions();
  const { t: tImport } = useTranslation(IMPORT_NS);
  const loaded = useScenarioStore((s) => s.scenario !== null);
  const busy = useUiStore((s) => s.busy);
  // Whether there is a step to undo or redo, not the steps: an edit re-renders the toolbar only when that changes.
  const undo = useStore(useScenarioStore.temporal, (s) => s.undo);
  const redo = useStore(useScenarioStore.temporal, (s) => s.redo);
  const canUndo = useStore(useScenarioStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useScenarioStore.temporal, (s) => s.futureStates.length > 0);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <NewScenarioButton />
      <button type="button" onClick={actions.open} title={shortcut('Ctrl+O')}>
        {t('toolbar.open')}
      </button>
      <button type="button" onClick={() => void actions.save()} disabled={!loaded} title={shortcut('Ctrl+S')}>
        {t('toolbar.save')}
      </button>
      <button type="button" onClick={() => void actions.saveAs()} disabled={!loaded} title={shortcut('Ctrl+Shift+S')}>
        {t('toolbar.saveAs')}
      </button>
      <button
        type="button"
        onClick={() => void actions.exportPdf()}
        disabled={!loaded || busy}
        title={shortcut('Ctrl+P')}
      >
        {t('toolbar.exportPdf')}
      </button>
      <button type="button" onClick={data.startImport} disabled={!loaded} title={shortcut('Ctrl+I')}>
        {tImport('toolbar.import')}
      </button>
      <ExportMenu />
      <span className="toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={() => undo()} disabled={!canUndo} title={shortcut('Ctrl+Z')}>
        {t('toolbar.undo')}
      </button>
      <button type="button" onClick={() => redo()} disabled={!canRedo} title={shortcut('Ctrl+Shift+Z')}>
        {t('toolbar.redo')}
      </button>
      <span className="toolbar-fill" />
      <LanguageSwitch />
    </div>
  );
}
