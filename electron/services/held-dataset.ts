import type { Dataset } from '../../shared/domain/dataset';
import { columnsFromObservations, observationsFromColumns } from '../../shared/dataset/columnar';
import { datasetFacts, frameDataset, wirePrefix, type DatasetFacts } from '../../shared/dataset/dataset-wire';
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

/** `framed`: the wire bytes when they are held as such (else framed at each call). */
function held(
  facts: DatasetFacts,
  count: number,
  arrow: () => Uint8Array,
  rows: () => Dataset,
  framed: Uint8Array | null = null,
): HeldDataset {
  let arrowBytes: Uint8Array | undefined;
  let dataset: Dataset | undefined;
  const observationsArrow = () => (arrowBytes ??= arrow());
  return {
    facts,
    observationCount: count,
    observationsArrow,
    dataset: () => (dataset ??= rows()),
    wire: () => framed ?? frameDataset(facts, observationsArrow(), count),
  };
}

/**
 * The wire bytes of `arrow` framed where it lies: the prefix written into the bytes just before it (which must be
 * free to overwrite), so 100 MB of observations are not copied; null when there is no room.
 */
function framedInPlace(facts: DatasetFacts, arrow: Uint8Array, count: number): Uint8Array | null {
  const prefix = wirePrefix(facts, count);
  if (arrow.byteOffset < prefix.length) return null;
  const start = arrow.byteOffset - prefix.length;
  const wire = new Uint8Array(arrow.buffer, start, prefix.length + arrow.length);
  wire.set(prefix, 0);
  return wire;
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

/**
 * A dataset of facts and the Arrow IPC file of `count` observations, both already checked (columnIssues). With
 * `spaceBefore` (the bytes of the buffer before `arrow` are the holder's to overwrite: what is left of the file it
 * was read from), the wire bytes are framed there once and sent as they are every time.
 */
export function heldFromArrow(facts: DatasetFacts, arrow: Uint8Array, count: number, spaceBefore = false): HeldDataset {
  const rows = () => ({ ...facts, observations: observationsFromColumns(observationsFromArrow(arrow, count)) });
  return held(facts, count, () => arrow, rows, spaceBefore ? framedInPlace(facts, arrow, count) : null);
}
