import type { Direction } from '../domain/dataset';
import { cellKey, type Scenario } from '../domain/scenario';
import { indexDataset } from '../dataset/index';
import { resolveCell, type ResolvedCell } from '../dataset/resolve';
import { minmax } from './normalize';
import { competitionRanks } from './rank';
import { normalizeWeights } from './weights';

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
  /** Weight normalized to sum 1 over the criteria in use. */
  weight: number;
  /** False when the "drop" missing-value policy removed the criterion. */
  used: boolean;
}

export interface EvaluatedAlternative {
  model: string;
  name: string;
  cells: Record<string, MatrixCell>;
  normalized: Record<string, number | null>;
  /** weight × normalized value per criterion; they add up to the composite for WSM. */
  contributions: Record<string, number>;
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
}

/** The decision matrix of a scenario: observation policy applied, then what-if overrides on top. */
export function decisionMatrix(scenario: Scenario): Record<string, Record<string, MatrixCell>> {
  const index = indexDataset(scenario.dataset);
  const overrides = new Map(scenario.overrides.map((o) => [cellKey(o.model, o.benchmark), o.value]));
  const out: Record<string, Record<string, MatrixCell>> = {};
  for (const model of scenario.alternatives) {
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

/**
 * Scores a scenario: min-max normalization per criterion, weighted sum (WSM, Σ w·n), competition
 * ranks. Missing values per scenario.missing: "worst" scores 0, "mean" imputes the column mean,
 * "renormalize" rescales the weights of each alternative over its present criteria, "drop" removes
 * criteria with any missing value.
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const index = indexDataset(scenario.dataset);
  const matrix = decisionMatrix(scenario);
  const models = scenario.alternatives;
  const hasMissing = (b: string) => models.some((m) => matrix[m][b].value === null);
  const used = scenario.criteria.map((c) => !(scenario.missing === 'drop' && hasMissing(c.benchmark)));
  const weights = normalizeWeights(scenario.criteria.map((c, i) => (used[i] ? c.weight : 0)));
  const criteria: EvaluatedCriterion[] = scenario.criteria.map((c, i) => {
    const b = index.benchmarks.get(c.benchmark);
    return {
      benchmark: c.benchmark,
      name: b?.name ?? c.benchmark,
      direction: b?.direction ?? 'higher',
      rawWeight: c.weight,
      weight: used[i] ? weights[i] : 0,
      used: used[i],
    };
  });

  const normalizedCols = criteria.map((c) => {
    let column = models.map((m) => matrix[m][c.benchmark].value);
    if (scenario.missing === 'mean') {
      const present = column.filter((v): v is number => v !== null);
      const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
      column = column.map((v) => v ?? mean);
    }
    return minmax(column, c.direction);
  });

  // Per alternative, the weight its present values carry ("renormalize" divides by it).
  const weightBase = models.map((_, r) =>
    scenario.missing === 'renormalize'
      ? criteria.reduce((a, c, k) => a + (c.used && normalizedCols[k][r] !== null ? c.weight : 0), 0)
      : 1,
  );
  const contributionsOf = (r: number) =>
    criteria.map((c, k) =>
      c.used && weightBase[r] > 0 ? (c.weight * (normalizedCols[k][r] ?? 0)) / weightBase[r] : 0,
    );
  const contributionRows = models.map((_, r) => contributionsOf(r));
  const composites = contributionRows.map((row) => row.reduce((a, b) => a + b, 0));
  const { rank, order } = competitionRanks(composites, 'higher');

  const alternatives = models.map((model, r): EvaluatedAlternative => {
    const normalized: Record<string, number | null> = {};
    const contributions: Record<string, number> = {};
    const imputed: string[] = [];
    criteria.forEach((c, k) => {
      normalized[c.benchmark] = normalizedCols[k][r];
      contributions[c.benchmark] = contributionRows[r][k];
      if (c.used && matrix[model][c.benchmark].value === null) imputed.push(c.benchmark);
    });
    return {
      model,
      name: index.models.get(model)?.name ?? model,
      cells: matrix[model],
      normalized,
      contributions,
      composite: composites[r],
      rank: rank[r],
      imputed,
    };
  });
  return { criteria, alternatives, order: order.map((i) => models[i]), better: 'higher' };
}
