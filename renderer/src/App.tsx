import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentList } from './components/DocumentList';
import { DocumentTitle } from './components/DocumentTitle';
import { FilePickerDialog } from './components/FilePickerDialog';
import { RecoveryDialog } from './components/RecoveryDialog';
import { SaveConflictDialog } from './components/SaveConflictDialog';
import { StatusLine } from './components/StatusLine';
import { Tabs } from './components/Tabs';
import { Toolbar } from './components/Toolbar';
import { UnsavedChangesDialog } from './components/UnsavedChangesDialog';
import { DEFAULT_AUTOSAVE_TIMING, type AutosaveTiming } from './files/autosaver';
import { FileActionsProvider } from './files/FileActionsContext';
import { useAutosave } from './hooks/useAutosave';
import { useBeforeUnload } from './hooks/useBeforeUnload';
import { useDocumentLease } from './hooks/useDocumentLease';
import { useShellCommands } from './hooks/useShellCommands';
import { useShortcuts } from './hooks/useShortcuts';
import { useStartup } from './hooks/useStartup';
import { useScenarioStore } from './state/scenario-store';
import { useUiStore, type Tab } from './state/ui-store';
import { ClaimsView } from './views/claims/ClaimsView';
import { CompareTab } from './views/compare/CompareTab';
import { useCompareT } from './views/compare/i18n';
import { useOpenDocuments } from './state/open-documents';
import { useClaimsT } from './views/claims/i18n';
import { DataView } from './views/data/DataView';
import { ResultsView } from './views/results/ResultsView';
import { ImportDialog } from './views/import/ImportDialog';
import { FrontierView, RoundsView } from './views/programme';
import { useProgrammeT } from './views/programme/i18n';
import { ViewVisibleContext } from './views/view-visibility';
import { WeightsView } from './views/weights/WeightsView';

const TABS: readonly Tab[] = ['data', 'weights', 'results', 'frontier', 'rounds', 'claims', 'compare'];

/** The programme views (issue 5) edit the scenario through the store like every other view. */
function ProgrammeTab({ view: View }: { view: typeof FrontierView | typeof RoundsView }) {
  const scenario = useScenarioStore((s) => s.scenario);
  const replace = useScenarioStore((s) => s.replace);
  return scenario ? <View scenario={scenario} onChange={replace} /> : null;
}

/** The Compare tab over every document open in the window. */
function OpenDocumentsCompare() {
  return <CompareTab documents={useOpenDocuments()} />;
}

const VIEWS: Record<Tab, () => React.JSX.Element | null> = {
  data: DataView,
  weights: WeightsView,
  results: ResultsView,
  frontier: () => <ProgrammeTab view={FrontierView} />,
  rounds: () => <ProgrammeTab view={RoundsView} />,
  claims: ClaimsView,
  compare: OpenDocumentsCompare,
};

/**
 * Every view visited since the start, in tab order: each stays mounted (its grid, charts, scroll and sort kept),
 * hidden and inert while another is on screen, so a tab switch shows it, scrolled where it was, instead of rebuilding it.
 */
function MountedViews({ active }: { active: Tab }) {
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set([active]));
  if (!visited.has(active)) setVisited(new Set([...visited, active]));
  // The views share the tab panel's scroll: each gets back its own when shown again.
  const slot = useRef<HTMLDivElement>(null);
  const scrolls = useRef(new Map<Tab, number>());
  useLayoutEffect(() => {
    const panel = slot.current?.parentElement;
    if (!panel) return;
    panel.scrollTop = scrolls.current.get(active) ?? 0;
    const keep = () => scrolls.current.set(active, panel.scrollTop);
    panel.addEventListener('scroll', keep, { passive: true });
    return () => panel.removeEventListener('scroll', keep);
  }, [active]);
  return TABS.filter((tab) => tab === active || visited.has(tab)).map((tab) => {
    const View = VIEWS[tab];
    const shown = tab === active;
    return (
      <div
        key={tab}
        ref={shown ? slot : undefined}
        className="view-slot"
        hidden={!shown}
        inert={!shown}
        aria-hidden={!shown || undefined}
      >
        <ViewVisibleContext.Provider value={shown}>
          <View />
        </ViewVisibleContext.Provider>
      </div>
    );
  });
}

/**
 * The workbench: toolbar, scenario title, the Data / Weights / Results views and the status line.
 * `autosave` sets the waits of the recovery copy (tests shorten them).
 */
export function App({ autosave = DEFAULT_AUTOSAVE_TIMING }: { autosave?: AutosaveTiming }) {
  return (
    <FileActionsProvider>
      <Workbench autosave={autosave} />
    </FileActionsProvider>
  );
}

/**
 * The document's background work (autosave, lease, unload guard, shortcuts, shell commands), apart from the
 * workbench: an edit renders the views that show it, not the whole window (autosave follows the stores by subscription).
 */
function DocumentHooks({ autosave }: { autosave: AutosaveTiming }) {
  useAutosave(autosave);
  useDocumentLease();
  useBeforeUnload();
  useShortcuts();
  useShellCommands();
  return null;
}

function Workbench({ autosave }: { autosave: AutosaveTiming }) {
  const { t } = useTranslation();
  const programmeT = useProgrammeT();
  const claimsT = useClaimsT();
  const compareT = useCompareT();
  const tab = useUiStore((s) => s.tab);
  const setTab = useUiStore((s) => s.setTab);
  const loaded = useScenarioStore((s) => s.scenario !== null);
  const startup = useStartup();
  return (
    <div className="app">
      <DocumentHooks autosave={autosave} />
      <header className="app-header">
        <Toolbar />
        <DocumentList />
        <DocumentTitle />
      </header>
      <main className="app-main">
        <Tabs
          tabs={TABS}
          labels={{
            data: t('tabs.data'),
            weights: t('tabs.weights'),
            results: t('tabs.results'),
            frontier: programmeT('tabs.frontier'),
            rounds: programmeT('tabs.rounds'),
            claims: claimsT('tab'),
            compare: compareT('tab'),
          }}
          active={tab}
          onChange={setTab}
        >
          {loaded ? <MountedViews active={tab} /> : <p className="view-hint">{t('app.loading')}</p>}
        </Tabs>
      </main>
      <StatusLine />
      <FilePickerDialog />
      <ImportDialog />
      <UnsavedChangesDialog />
      <SaveConflictDialog />
      {startup.copies.length > 0 && (
        <RecoveryDialog
          copies={startup.copies}
          onRestore={startup.restore}
          onDiscard={startup.discard}
          onLater={startup.later}
        />
      )}
    </div>
  );
}
