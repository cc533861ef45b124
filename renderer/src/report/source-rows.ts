import { indexDataset, type DatasetIndex } from '../../../shared/dataset/index';
import type { Source } from '../../../shared/domain/dataset';
import { provenanceOf, type Provenance } from '../../../shared/dataset/provenance';
import type { Scenario } from '../../../shared/domain/scenario';
import type { EvaluatedAlternative, Evaluation } from '../../../shared/evaluation/evaluate';
import { cellSources } from '../model/cell-source';
import { ranked } from '../views/results/ranked';

/** One line of the report's appendix: where a number used in the ranking came from. */
interface SourceRow {
  model: string;
  benchmark: string;
  value: number | null;
  kind: 'observation' | 'override' | 'missing';
  measuredBy: string;
  /** Whose figure the observation is (own, independent, second-hand); null for overrides and missing values. */
  provenance: Provenance | null;
  /** The dataset source id; null for overrides and missing values. */
  source: string | null;
  /** The override's note, or the observation's setting and note. */
  note: string;
}

/** The appendix's rows, and how many of the ranked candidates they cover. */
export interface SourceRows {
  rows: SourceRow[];
  /** Candidates whose numbers are listed (the best, in rank order). */
  models: number;
  /** Candidates ranked. */
  total: number;
}

/**
 * Every cell of the decision matrix with its provenance: the observation(s) and source the value comes
 * from, or the override and its note, or a marker that the value is missing. Alternatives in rank order, whole
 * alternatives while the rows stay within `budget` (the first always).
 */
export function sourceRows(scenario: Scenario, evaluation: Evaluation, budget = Infinity): SourceRows {
  const index = indexDataset(scenario.dataset);
  const notes = new Map(scenario.overrides.map((o) => [`${o.model}|${o.benchmark}`, o.note]));
  const ordered = ranked(evaluation);
  const rows: SourceRow[] = [];
  let models = 0;
  for (const alt of ordered) {
    const own = alternativeRows(index, notes, alt, evaluation.criteria);
    if (models > 0 && rows.length + own.length > budget) break;
    rows.push(...own);
    models++;
  }
  return { rows, models, total: ordered.length };
}

/** One alternative's rows, a criterion at a time. */
function alternativeRows(
  index: DatasetIndex,
  notes: Map<string, string>,
  alt: EvaluatedAlternative,
  criteria: Evaluation['criteria'],
): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const criterion of criteria) {
    const cell = alt.cells[criterion.benchmark];
    const base = { model: alt.name, benchmark: criterion.name, value: cell.value };
    if (cell.origin === 'override') {
      rows.push({
        ...base,
        kind: 'override',
        measuredBy: '',
        provenance: null,
        source: null,
        note: notes.get(`${alt.model}|${criterion.benchmark}`) ?? '',
      });
      continue;
    }
    const sources = cellSources(index, cell);
    if (sources.length === 0) {
      rows.push({ ...base, kind: 'missing', measuredBy: '', provenance: null, source: null, note: '' });
      continue;
    }
    for (const { observation, source } of sources)
      rows.push({
        ...base,
        value: sources.length > 1 ? observation.value : cell.value,
        kind: 'observation',
        measuredBy: observation.measuredBy,
        provenance: provenanceOf(observation, source?.kind),
        source: observation.source,
        note: [observation.setting !== 'default' ? observation.setting : '', observation.note]
          .filter(Boolean)
          .join(' · '),
      });
  }
  return rows;
}

/** The sources the rows cite, numbered in order of first citation (1-based). */
export function citedSources(scenario: Scenario, rows: SourceRow[]): { number: Map<string, number>; list: Source[] } {
  const sources = new Map(scenario.dataset.sources.map((s) => [s.id, s]));
  const number = new Map<string, number>();
  const list: Source[] = [];
  for (const { source } of rows) {
    if (source === null || number.has(source)) continue;
    const found = sources.get(source);
    if (!found) continue;
    list.push(found);
    number.set(source, list.length);
  }
  return { number, list };
}
