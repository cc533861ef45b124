import type { Dataset } from '../../../shared/domain/dataset';
import type { Scenario } from '../../../shared/domain/scenario';
import { provenanceOf } from '../../../shared/dataset/provenance';
import { WorkbenchError } from '../../../shared/api/errors';
import { EngineError } from '../../../shared/engine/errors';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';

/** A table to write: a header and rows of text, numbers or blanks. */
export interface ExportTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

/** The evaluation the matrix is ordered by; a scenario that cannot be ranked (all weights 0, WPM over zeros) is a
 * typed refusal with the engine's reason, not an internal error. */
function rankedOrRefused(scenario: Scenario) {
  try {
    return evaluateScenario(scenario);
  } catch (error) {
    if (error instanceof EngineError)
      throw new WorkbenchError(
        'invalid-request',
        `the decision matrix follows the ranking: ${error.message}`,
        'scenario',
      );
    throw error;
  }
}

/**
 * The dataset in long layout, one observation a row, with the names and the source beside the ids, and whose figure
 * it is (own, independent or second-hand: shared/dataset/provenance.ts). Its headers are the ones the importer
 * recognises, so an exported file imports back.
 */
export function datasetTable(dataset: Dataset): ExportTable {
  const models = new Map(dataset.models.map((m) => [m.id, m]));
  const benchmarks = new Map(dataset.benchmarks.map((b) => [b.id, b]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    name: 'observations',
    header: [
      'observation_id',
      'model',
      'model_name',
      'setting',
      'benchmark',
      'benchmark_name',
      'value',
      'unit',
      'stderr',
      'n',
      'measured_by',
      'source_kind',
      'whose_figure',
      'source_title',
      'source_url',
      'reported_as',
      'note',
    ],
    rows: dataset.observations.map((o) => {
      const s = sources.get(o.source);
      return [
        o.id,
        o.model,
        models.get(o.model)?.name ?? o.model,
        o.setting,
        o.benchmark,
        benchmarks.get(o.benchmark)?.name ?? o.benchmark,
        o.value,
        benchmarks.get(o.benchmark)?.unit ?? '',
        o.stderr,
        o.n,
        o.measuredBy,
        s?.kind ?? '',
        provenanceOf(o, s?.kind),
        s?.title ?? '',
        s?.url ?? '',
        o.reportedAs,
        o.note,
      ];
    }),
  };
}

/**
 * The scenario's decision matrix as the app shows it (observation policy, then what-if overrides), best
 * first: rank, model, score under the scenario's method, and the value used per criterion; plus a
 * provenance table naming, per cell, the observation(s) and source links used or the override.
 */
export function matrixTables(scenario: Scenario): [ExportTable, ExportTable] {
  const evaluation = rankedOrRefused(scenario);
  const sources = new Map(scenario.dataset.sources.map((s) => [s.id, s]));
  const byModel = new Map(evaluation.alternatives.map((a) => [a.model, a]));
  const ordered = evaluation.order.map((m) => byModel.get(m)!);
  const matrix: ExportTable = {
    name: 'matrix',
    header: ['rank', 'model', 'model_name', `score (${evaluation.method})`, ...evaluation.criteria.map((c) => c.name)],
    rows: [
      ['', '', 'weight', '', ...evaluation.criteria.map((c) => c.weight)],
      ...ordered.map((a) => [
        a.rank,
        a.model,
        a.name,
        a.composite,
        ...evaluation.criteria.map((c) => a.cells[c.benchmark].value),
      ]),
    ],
  };
  const provenance: ExportTable = {
    name: 'provenance',
    header: ['model', 'benchmark', 'value', 'origin', 'rule', 'observations', 'source_urls', 'whose_figure'],
    rows: ordered.flatMap((a) =>
      evaluation.criteria.map((c) => {
        const cell = a.cells[c.benchmark];
        const used = cell.resolved.candidates.filter((o) => cell.resolved.observationIds.includes(o.id));
        return [
          a.model,
          c.benchmark,
          cell.value,
          cell.origin,
          cell.resolved.reason,
          used.map((o) => o.id).join(' '),
          [...new Set(used.map((o) => sources.get(o.source)?.url ?? ''))].join(' '),
          [...new Set(used.map((o) => provenanceOf(o, sources.get(o.source)?.kind)))].join(' '),
        ];
      }),
    ),
  };
  return [matrix, provenance];
}
