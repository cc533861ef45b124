import type { Dataset, Observation } from '../domain/dataset';
import {
  columnsFromObservations,
  isUtf8Ids,
  observationOf,
  observationsFromColumns,
  type IdColumn,
  type ObservationColumns,
  type Utf8Ids,
} from './columnar';

/**
 * A dataset kept as columns: the page holds a fetched 2,000,000-observation dataset as its ObservationColumns
 * and builds row objects only when asked. The dataset is an ordinary, immutable Dataset object whose
 * `observations` is a getter (no setter) that builds every row once, on first read; what runs at open (the pivot,
 * the index, benchmark health) reads `observationColumns` instead and asks for single rows (`observationAt`: the
 * side panel's cell, a resolved cell's candidates), each built once and kept, so a row has one object whether it
 * was asked alone or with all the others. A copy (`{ ...dataset }`, a structured clone posted to a worker, JSON)
 * reads the getter and is a dataset of row objects like any other.
 */

interface Held {
  readonly columns: ObservationColumns<IdColumn>;
  rows: Observation[] | null;
  /** Rows built one by one before all were. */
  readonly made: Map<number, Observation>;
}

const held = new WeakMap<Dataset, Held>();
/** Columns made from the rows of a dataset built in the page (an import, a bundled dataset), once per dataset. */
const fromRows = new WeakMap<Dataset, ObservationColumns>();

/**
 * Checked UTF-8 ids copied out of the buffer they were read in (the wire bytes: 128 MB at 2,000,000 observations,
 * which a view into them would keep alive), with their own offsets from 0.
 */
function ownIds(ids: Utf8Ids): Utf8Ids {
  // Nothing below refers to `ids` itself: a closure over it would keep the wire bytes alive through its views.
  const { length } = ids;
  const first = ids.offsets[0];
  const bytes = ids.bytes.slice(first, ids.offsets[length]);
  const offsets = ids.offsets.map((o) => o - first);
  const decoder = new TextDecoder();
  const at = (i: number) => decoder.decode(bytes.subarray(offsets[i], offsets[i + 1]));
  let strings: string[] | undefined;
  // Checked ids are ASCII (IdSchema's pattern): one decode of all the bytes, cut at the offsets.
  const all = (): string[] => {
    const text = decoder.decode(bytes);
    return Array.from({ length }, (_, i) => text.slice(offsets[i], offsets[i + 1]));
  };
  return { kind: 'utf8', length, offsets, bytes, at, strings: () => (strings ??= all()) };
}

/** A dataset of `facts` whose observations are `checked` (by columnIssues); rows are built when read. */
export function columnarDataset(facts: Omit<Dataset, 'observations'>, checked: ObservationColumns<IdColumn>): Dataset {
  const columns = isUtf8Ids(checked.id) ? { ...checked, id: ownIds(checked.id) } : checked;
  const state: Held = { columns, rows: null, made: new Map() };
  const dataset: Dataset = {
    ...facts,
    get observations() {
      return (state.rows ??= observationsFromColumns(columns, (i) => state.made.get(i)));
    },
  };
  held.set(dataset, state);
  return dataset;
}

/** The observations of `dataset` as columns: its own, or made from its rows once. */
export function observationColumns(dataset: Dataset): ObservationColumns<IdColumn> {
  const own = held.get(dataset)?.columns;
  if (own) return own;
  let made = fromRows.get(dataset);
  if (!made) fromRows.set(dataset, (made = columnsFromObservations(dataset.observations)));
  return made;
}

/** Observation `row` of `dataset` (row `row` of its columns), built alone if the rows are not. */
export function observationAt(dataset: Dataset, row: number): Observation {
  const state = held.get(dataset);
  if (!state) return dataset.observations[row];
  if (state.rows) return state.rows[row];
  let o = state.made.get(row);
  if (!o) state.made.set(row, (o = observationOf(state.columns, row)));
  return o;
}
