import { indexDataset } from '../../../shared/dataset/index';
import type { Source } from '../../../shared/domain/dataset';
import { provenanceOf, type Provenance } from '../../../shared/dataset/provenance';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { cellSources } from '../model/cell-source';

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

/**
 * Every cell of the decision matrix with its provenance: the observation(s) and source the value comes
 * from, or the override and its note, or a marker that the value is missing. Alternatives in rank order.
 */
export function sourceRows(scenario: Scenario, evaluation: Evaluation): SourceRow[] {
  const index = indexDataset(scenario.dataset);
  const notes = new Map(scenario.overrides.map((o) => [`${o.model}|${o.benchmark}`, o.note]));
  const ordered = [...evaluation.alternatives].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
  const rows: SourceRow[] = [];
  for (const alt of ordered)
    for (const criterion of evaluation.criteria) {
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
  const index = indexDataset(scenario.dataset);
  const number = new Map<string, number>();
  const list: Source[] = [];
  for (const { source } of rows) {
    if (source === null || number.has(source)) continue;
    const found = index.sources.get(source);
    if (!found) continue;
    list.push(found);
    number.set(source, list.length);
  }
  return { number, list };
}
