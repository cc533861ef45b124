import type { Dataset } from '../../shared/domain/dataset';
import { columnsFromObservations, observationsFromColumns } from '../../shared/dataset/columnar';
import { datasetFacts, frameDataset, type DatasetFacts } from '../../shared/dataset/dataset-wire';
import { observationsFromArrow, observationsToArrow } from '../../shared/dataset/observations-arrow';

/**
 * A dataset as the host holds it: its facts, and its observations either as the Arrow IPC file they arrived in
 * (a .sewb version 2 file, a putDataset from the page — checked column by column on the way in) or as row
 * objects (a version 1 file, a bundled dataset, an import's merge). Each form is built from the other only when
 * asked, and kept: getDataset and a save of a version 2 dataset send and write the very Arrow bytes it came in,
 * and never build its 2,000,000 row objects; services that read rows (imports, exports, reports) build them once.
 */
export interface HeldDataset {
  readonly facts: DatasetFacts;
  readonly observationCount: number;
  /** The observations as an Arrow IPC file (observations-arrow.ts). */
  observationsArrow(): Uint8Array;
  /** The dataset with its observations as row objects. */
  dataset(): Dataset;
  /** The dataset wire bytes (dataset-wire.ts) for the page. */
  wire(): Uint8Array;
}

function held(facts: DatasetFacts, count: number, arrow: () => Uint8Array, rows: () => Dataset): HeldDataset {
  let arrowBytes: Uint8Array | undefined;
  let dataset: Dataset | undefined;
  const self: HeldDataset = {
    facts,
    observationCount: count,
    observationsArrow: () => (arrowBytes ??= arrow()),
    dataset: () => (dataset ??= rows()),
    wire: () => frameDataset(facts, self.observationsArrow(), count),
  };
  return self;
}

/** A dataset of row objects that passed the dataset schema. */
export function heldFromRows(dataset: Dataset): HeldDataset {
  return held(
    datasetFacts(dataset),
    dataset.observations.length,
    () => observationsToArrow(columnsFromObservations(dataset.observations)),
    () => dataset,
  );
}

/** A dataset of facts and the Arrow IPC file of `count` observations, both already checked (columnIssues). */
export function heldFromArrow(facts: DatasetFacts, arrow: Uint8Array, count: number): HeldDataset {
  return held(
    facts,
    count,
    () => arrow,
    () => ({ ...facts, observations: observationsFromColumns(observationsFromArrow(arrow, count)) }),
  );
}
