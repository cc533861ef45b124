import type { Direction } from '../domain/dataset';
import { cellKey, type MethodName, type MissingPolicy, type Normalization, type Scenario } from '../domain/scenario';
import { indexDataset, type DatasetIndex } from '../dataset/index';
import { resolveCell, type ResolvedCell } from '../dataset/resolve';
import { toDense } from './matrix';
import { rankAlternatives, type MethodDetails } from './methods/index';
import { normalizeMatrix, type NormalizationContext } from './normalize';
import { hierarchicalWeights, normalizeWeights } from './weights';

/** One cell of the decision matrix as the app shows it: the value used and where it came from. */
export interface MatrixCell {
  value: number | null;
  /** The dataset's value under the observation policy (before any what-if override). */
  datasetValue: number | null;
  origin: 'observation' | 'override' | 'missing';
  resolved: ResolvedCell;
}

export interface EvaluatedCriterion {
  benchmark: string;
  name: string;
  direction: Direction;
  rawWeight: number;
  /** Weight normalized to sum 1 over the criteria in use (group weight × local weight when grouped). */
  weight: number;
  /** False when the missing-value policy removed the criterion ("drop", or no value at all). */
  used: boolean;
}

export interface EvaluatedAlternative {
  model: string;
  name: string;
  cells: Record<string, MatrixCell>;
  /** Values under the scenario's normalization (1 = best for minmax); null where missing. */
  normalized: Record<string, number | null>;
  /** weight × normalized value per criterion, adding up to the composite; empty unless the method is WSM. */
  contributions: Record<string, number>;
  /** The method's score: WSM/WPM/TOPSIS/COPRAS Q/win rate/PROMETHEE net flow (higher better), VIKOR Q (lower). */
  composite: number;
  rank: number;
  /** Criteria whose value was missing and treated by the missing-value policy. */
  imputed: string[];
}

export interface Evaluation {
  criteria: EvaluatedCriterion[];
  /** In the scenario's alternatives order. */
  alternatives: EvaluatedAlternative[];
  /** Model ids best first. */
  order: string[];
  better: 'higher' | 'lower';
  method: MethodName;
  normalization: Normalization;
  /** True only for WSM, the one additive method where weight × normalized value splits the composite. */
  contributionsAvailable: boolean;
  /** The missing-value policy actually applied (renormalize becomes mean for non-additive methods). */
  missingPolicy: MissingPolicy;
  /** Method-specific results (VIKOR S, R, compromise set; PROMETHEE flows; …), indices in alternatives order. */
  details: MethodDetails;
  /** Plain-language notes on what the engine had to decide (fallbacks, dropped criteria). */
  notes: string[];
}

/** The decision matrix of a scenario: observation policy applied, then what-if overrides on top. */
export function decisionMatrix(scenario: Scenario): Record<string, Record<string, MatrixCell>> {
  const index = indexDataset(scenario.dataset);
  return cellsFor(scenario, index, scenario.alternatives);
}

function cellsFor(
  scenario: Scenario,
  index: DatasetIndex,
  models: readonly string[],
): Record<string, Record<string, MatrixCell>> {
  const overrides = new Map(scenario.overrides.map((o) => [cellKey(o.model, o.benchmark), o.value]));
  const out: Record<string, Record<string, MatrixCell>> = {};
  for (const model of models) {
    const row: Record<string, MatrixCell> = {};
    for (const { benchmark } of scenario.criteria) {
      const resolved = resolveCell(index, scenario.observationPolicy, model, benchmark, scenario.alternatives);
      const override = overrides.get(cellKey(model, benchmark));
      row[benchmark] =
        override !== undefined
          ? { value: override, datasetValue: resolved.value, origin: 'override', resolved }
          : {
              value: resolved.value,
              datasetValue: resolved.value,
              origin: resolved.value === null ? 'missing' : 'observation',
              resolved,
            };
    }
    out[model] = row;
  }
  return out;
}

/** Weights of the scenario: hierarchical (group × local) when criteria sit in known groups, else direct. */
export function scenarioWeights(scenario: Scenario): number[] {
  const groups = new Set(scenario.groups.map((g) => g.id));
  const grouped = scenario.criteria.some((c) => c.group !== null && groups.has(c.group));
  return grouped
    ? hierarchicalWeights(scenario.criteria, scenario.groups)
    : normalizeWeights(scenario.criteria.map((c) => c.weight));
}

/** Normalization inputs from the scenario: best reference value, random baseline and scale best per criterion. */
function normalizationContext(scenario: Scenario, index: DatasetIndex, directions: Direction[]): NormalizationContext {
  const refCells = cellsFor(scenario, index, scenario.references);
  return {
    references: scenario.criteria.map(({ benchmark }, j) => {
      const values = scenario.references
        .map((m) => refCells[m][benchmark].value)
        .filter((v): v is number => v !== null);
      if (!values.length) return null;
      return directions[j] === 'higher' ? Math.max(...values) : Math.min(...values);
    }),
    baselines: scenario.criteria.map(({ benchmark }) => index.benchmarks.get(benchmark)?.randomBaseline ?? null),
    bests: scenario.criteria.map(({ benchmark }, j) => {
      const scale = index.benchmarks.get(benchmark)?.scale;
      return scale ? (directions[j] === 'higher' ? scale.max : scale.min) : null;
    }),
  };
}

/**
 * Scores a scenario as the app shows it: the decision matrix (observation policy, then overrides), the
 * scenario's missing-value policy, normalization and aggregation method (see shared/engine/methods), and
 * competition ranks. Throws an EngineError when the inputs cannot be scored (e.g. frontier-ratio without
 * reference values).
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const index = indexDataset(scenario.dataset);
  const matrix = decisionMatrix(scenario);
  const models = scenario.alternatives;
  const directions = scenario.criteria.map((c) => index.benchmarks.get(c.benchmark)?.direction ?? 'higher');
  const context = normalizationContext(scenario, index, directions);
  const rows = models.map((m) => scenario.criteria.map((c) => matrix[m][c.benchmark].value));
  const weights = scenarioWeights(scenario);
  const result = rankAlternatives({
    matrix: rows,
    directions,
    weights: weights.some((w) => w > 0) ? weights : weights.map(() => 1),
    method: { name: scenario.method.name, normalization: scenario.normalization, v: scenario.method.v },
    normalizationContext: context,
    missing: scenario.missing,
  });
  const used = new Set(result.missing ? result.missing.columns : scenario.criteria.map((_, j) => j));
  const criteria: EvaluatedCriterion[] = scenario.criteria.map((c, j) => ({
    benchmark: c.benchmark,
    name: index.benchmarks.get(c.benchmark)?.name ?? c.benchmark,
    direction: directions[j],
    rawWeight: c.weight,
    weight: result.weights[j],
    used: used.has(j),
  }));

  // The grid's normalized view: the scenario's normalization of the values after the missing-value policy.
  const policyMatrix = result.missing?.matrix ?? toDense(rows);
  const columns = [...used].sort((a, b) => a - b);
  const normalized = normalizeMatrix(
    policyMatrix,
    columns.map((j) => directions[j]),
    scenario.normalization,
    {
      references: columns.map((j) => context.references![j]),
      baselines: columns.map((j) => context.baselines![j]),
      bests: columns.map((j) => context.bests![j]),
    },
  );
  const normalizedAt = (r: number, j: number): number | null => {
    const c = columns.indexOf(j);
    if (c < 0) return null;
    const v = normalized.data[r * normalized.cols + c];
    return Number.isNaN(v) ? null : v;
  };
  const additive = scenario.method.name === 'wsm';

  const alternatives = models.map((model, r): EvaluatedAlternative => {
    const norm: Record<string, number | null> = {};
    const contributions: Record<string, number> = {};
    const imputed: string[] = [];
    const presentWeight = criteria.reduce((a, c, j) => a + (c.used && normalizedAt(r, j) !== null ? c.weight : 0), 0);
    criteria.forEach((c, j) => {
      norm[c.benchmark] = normalizedAt(r, j);
      if (additive)
        contributions[c.benchmark] = presentWeight > 0 ? (c.weight * (norm[c.benchmark] ?? 0)) / presentWeight : 0;
      if (c.used && matrix[model][c.benchmark].value === null) imputed.push(c.benchmark);
    });
    return {
      model,
      name: index.models.get(model)?.name ?? model,
      cells: matrix[model],
      normalized: norm,
      contributions,
      composite: result.scores[r],
      rank: result.rank[r],
      imputed,
    };
  });
  return {
    criteria,
    alternatives,
    order: result.order.map((i) => models[i]),
    better: result.better,
    method: scenario.method.name,
    normalization: scenario.normalization,
    contributionsAvailable: additive,
    missingPolicy: result.missing?.policy ?? scenario.missing,
    details: result.details,
    notes: result.missing?.notes ?? [],
  };
}
