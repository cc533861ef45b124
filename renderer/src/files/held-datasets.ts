import type { WorkbenchApi } from '../../../shared/api/contract';
import { WorkbenchError } from '../../../shared/api/errors';
import { DatasetWireError, datasetFromWire, datasetToWire } from '../../../shared/dataset/dataset-wire';
import type { Dataset } from '../../../shared/domain/dataset';
import { withoutDataset, type Scenario, type ScenarioBody } from '../../../shared/domain/scenario';

/**
 * The host's id of each dataset this page holds, by the dataset object (datasets are never changed in place: an
 * import makes a new one, which arrives with its own id). A request about a scenario names this id and sends the
 * scenario without its dataset.
 */
const ids = new WeakMap<Dataset, string>();

export function rememberDataset(dataset: Dataset, datasetId: string): void {
  ids.set(dataset, datasetId);
}

/**
 * The dataset wire bytes of getDataset (shared/dataset/dataset-wire.ts) checked column by column; bytes that are not
 * a dataset are refused naming the place (`getDataset: dataset.observations.12.value: …`).
 */
export function readFetchedDataset(bytes: Uint8Array): Dataset {
  try {
    return datasetFromWire(bytes);
  } catch (error) {
    if (!(error instanceof DatasetWireError)) throw error;
    throw new WorkbenchError('internal', `getDataset: ${error.message}`, `getDataset → ${error.path}`);
  }
}

/** The scenario of an opened, loaded or restored document: its body joined with the dataset fetched by id. */
export async function fetchScenario(
  api: WorkbenchApi,
  held: { datasetId: string; scenario: ScenarioBody },
): Promise<Scenario> {
  const dataset = readFetchedDataset(await api.getDataset({ datasetId: held.datasetId }));
  rememberDataset(dataset, held.datasetId);
  return { ...held.scenario, dataset };
}

/** The host's id of `dataset`; one made in the page is handed to the host first. */
export async function datasetIdOf(api: WorkbenchApi, dataset: Dataset): Promise<string> {
  const known = ids.get(dataset);
  if (known) return known;
  const { datasetId } = await api.putDataset({ dataset: datasetToWire(dataset) });
  rememberDataset(dataset, datasetId);
  return datasetId;
}

/**
 * `call` with the host's id of `dataset`: at once (in the same task) when the id is known, after handing the
 * dataset to the host otherwise.
 */
export function withDatasetId<T>(api: WorkbenchApi, dataset: Dataset, call: (datasetId: string) => Promise<T>) {
  const known = ids.get(dataset);
  return known ? call(known) : datasetIdOf(api, dataset).then(call);
}

/** What a request about `scenario` sends: the id of its dataset and the scenario without it. */
export async function scenarioRequest(
  api: WorkbenchApi,
  scenario: Scenario,
): Promise<{ datasetId: string; scenario: ScenarioBody }> {
  return { datasetId: await datasetIdOf(api, scenario.dataset), scenario: withoutDataset(scenario) };
}
