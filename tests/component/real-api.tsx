import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { WorkbenchApi } from '../../shared/api/contract';
import { createApiClient, createDispatcher } from '../../shared/api/transport';
import { withoutDataset, type Scenario } from '../../shared/domain/scenario';
import type { ServicePorts } from '../../electron/services/ports';
import { createWorkbenchService } from '../../electron/services/workbench';
import { ApiProvider } from '../../renderer/src/api/ApiContext';
import { FileActionsProvider } from '../../renderer/src/files/FileActionsContext';
import { fetchScenario } from '../../renderer/src/files/held-datasets';
import { showDocument } from '../../renderer/src/files/show-document';
import { createI18n, type Language } from '../../renderer/src/i18n';
import { useUiStore } from '../../renderer/src/state/ui-store';

export const DATA_DIR = resolve(__dirname, '../../data');

export interface RealApi {
  api: WorkbenchApi;
  workspace: string;
  userData: string;
  dispose(): void;
}

/**
 * The real services (browser-host flavour: a workspace folder, no native dialogs, no printer) behind
 * the real dispatcher and client, so every request and response is parsed with the contract's schemas.
 */
export function createRealApi(locale = 'en-US', ports: ServicePorts = {}): RealApi {
  const workspace = mkdtempSync(join(tmpdir(), 'sewb-component-ws-'));
  const userData = mkdtempSync(join(tmpdir(), 'sewb-component-user-'));
  const service = createWorkbenchService({
    dataDir: DATA_DIR,
    workspaceDir: workspace,
    userDataDir: userData,
    host: 'browser',
    version: 'test',
    locale,
    ports,
  });
  const dispatch = createDispatcher(service);
  const api = createApiClient((method, request) => dispatch(method, request));
  return {
    api,
    workspace,
    userData,
    dispose() {
      rmSync(workspace, { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

const initialUi = useUiStore.getState();

/** Fresh stores: the bundled default scenario loaded (clean, no history) and the UI at rest. */
export async function resetStores(api: WorkbenchApi): Promise<Scenario> {
  useUiStore.setState({ ...initialUi, appInfo: await api.getAppInfo({}) }, true);
  return showDocument(api, await api.loadBundledScenario({ id: 'default' }));
}

/** The bundled default scenario as the host hands it out (a new document), joined with its dataset. */
export async function loadDefault(
  api: WorkbenchApi,
): Promise<{ document: string; datasetId: string; scenario: Scenario }> {
  const loaded = await api.loadBundledScenario({ id: 'default' });
  return { ...loaded, scenario: await fetchScenario(api, loaded) };
}

/** A request about document `doc` with `scenario` (its dataset left out: the host holds it as `doc.datasetId`). */
export const about = (doc: { document: string; datasetId: string }, scenario: Scenario) => ({
  document: doc.document,
  datasetId: doc.datasetId,
  scenario: withoutDataset(scenario),
});

export function renderWith(ui: ReactElement, api: WorkbenchApi, language: Language = 'en'): RenderResult {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ApiProvider api={api}>
        <FileActionsProvider>{ui}</FileActionsProvider>
      </ApiProvider>
    </I18nextProvider>,
  );
}
