import type { Claim, ClaimCheck } from '../../domain/claims';
import type { Scenario } from '../../domain/scenario';
import { indexDataset, type DatasetIndex } from '../../dataset/index';
import { filterMiss, roleLookup, type FilterAttribute } from '../../dataset/model-filter';
import { frontierRatio } from '../programme/ratio';
import { overrideMap, scenarioCellValue } from '../programme/values';

/** A cell a check read, as the Data view shows it (observation policy, then what-if override). */
export interface ClaimCell {
  model: string;
  benchmark: string;
  value: number;
  origin: 'observation' | 'override';
  /** Source ids of the observations the value is taken from (none for an override). */
  sources: string[];
}

/** What keeps a claim from being checked. */
export type ClaimMissing =
  /** The cell has no value (no observation and no override). */
  | { kind: 'value'; model: string; benchmark: string }
  /** The baseline's value is not positive (or the model's negative), so the ratio means nothing. */
  | { kind: 'ratio'; model: string; baseline: string; benchmark: string }
  /** The claim's model does not meet the rank's filter (or its attribute is unknown). */
  | { kind: 'not-in-set'; model: string; attribute: FilterAttribute; unknown: boolean }
  /** No check can be formed; the analyst's words say what would be needed. */
  | { kind: 'no-check'; reason: string };

interface Checked {
  status: 'verified' | 'contradicted';
  /** The computed figure: a ratio in percent, a rank, or a value in the benchmark's unit. */
  figure: number;
  expected: number;
  /** Allowed distance from `expected` (0 for a rank, which must match). */
  tolerance: number;
  cells: ClaimCell[];
}

/** A rank's set: how many models met the filter, how many were ranked, and those left out for an unknown attribute. */
interface RankSet {
  members: number;
  ranked: number;
  /** Members without a value (ranked around when `withValueOnly`). */
  withoutValue: string[];
  /** Models left out because the attribute a condition reads is unknown for them. */
  unknownAttribute: string[];
}

export type ClaimOutcome =
  | (Checked & { kind: 'ratio' | 'value' })
  | (Checked & { kind: 'rank'; set: RankSet })
  | { kind: ClaimCheck['kind']; status: 'not-checkable'; missing: ClaimMissing[]; cells: ClaimCell[] };

export type ClaimStatus = ClaimOutcome['status'];

interface Context {
  scenario: Scenario;
  index: DatasetIndex;
  overrides: ReadonlyMap<string, number>;
}

const cellOf = (ctx: Context, model: string, benchmark: string): ClaimCell | null => {
  const v = scenarioCellValue(ctx.scenario, ctx.index, ctx.overrides, model, benchmark);
  return v && { model, benchmark, value: v.value, origin: v.origin, sources: v.sources };
};

/** |figure − expected| ≤ tolerance, with a hair of slack for figures printed in decimal (103.5 − 103 = 0.5). */
const within = (figure: number, expected: number, tolerance: number): boolean =>
  Math.abs(figure - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));

const judged = (figure: number, expected: number, tolerance: number, cells: ClaimCell[]): Checked => ({
  status: within(figure, expected, tolerance) ? 'verified' : 'contradicted',
  figure,
  expected,
  tolerance,
  cells,
});

/**
 * Ratio of model A to baseline B in percent, direction-aware per benchmark (frontierRatio: a/b when higher is
 * better, b/a when lower is), over the benchmarks:
 *   mean of ratios = 100 · (1/n) Σ_j r(a_j, b_j);   ratio of means = 100 · r(mean a, mean b)
 * (ratio of means needs one direction across the set; it is taken from the first benchmark).
 */
function checkRatio(ctx: Context, check: Extract<ClaimCheck, { kind: 'ratio' }>): ClaimOutcome {
  const cells: ClaimCell[] = [];
  const missing: ClaimMissing[] = [];
  const pairs: { a: number; b: number; benchmark: string }[] = [];
  for (const benchmark of check.benchmarks) {
    const a = cellOf(ctx, check.model, benchmark);
    const b = cellOf(ctx, check.baseline, benchmark);
    if (a) cells.push(a);
    else missing.push({ kind: 'value', model: check.model, benchmark });
    if (b) cells.push(b);
    else missing.push({ kind: 'value', model: check.baseline, benchmark });
    if (a && b) pairs.push({ a: a.value, b: b.value, benchmark });
  }
  if (missing.length) return { kind: 'ratio', status: 'not-checkable', missing, cells };
  const direction = (benchmark: string) => ctx.index.benchmarks.get(benchmark)?.direction ?? 'higher';
  const undefinedRatio = (benchmark: string): ClaimMissing => ({
    kind: 'ratio',
    model: check.model,
    baseline: check.baseline,
    benchmark,
  });
  let ratio: number;
  if (check.aggregate === 'mean-of-ratios') {
    const ratios = pairs.map((p) => frontierRatio(p.a, p.b, direction(p.benchmark)));
    const bad = pairs.filter((_, i) => ratios[i] === null).map((p) => undefinedRatio(p.benchmark));
    if (bad.length) return { kind: 'ratio', status: 'not-checkable', missing: bad, cells };
    ratio = (ratios as number[]).reduce((s, r) => s + r, 0) / ratios.length;
  } else {
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const r = frontierRatio(mean(pairs.map((p) => p.a)), mean(pairs.map((p) => p.b)), direction(check.benchmarks[0]));
    if (r === null)
      return { kind: 'ratio', status: 'not-checkable', missing: check.benchmarks.map(undefinedRatio), cells };
    ratio = r;
  }
  return { kind: 'ratio', ...judged(ratio * 100, check.expected, check.tolerance, cells) };
}

function checkValue(ctx: Context, check: Extract<ClaimCheck, { kind: 'value' }>): ClaimOutcome {
  const cell = cellOf(ctx, check.model, check.benchmark);
  if (!cell)
    return {
      kind: 'value',
      status: 'not-checkable',
      missing: [{ kind: 'value', model: check.model, benchmark: check.benchmark }],
      cells: [],
    };
  return { kind: 'value', ...judged(cell.value, check.expected, check.tolerance, [cell]) };
}

/**
 * Competition rank of the model among the dataset's models meeting the filter: 1 + the number of members with a
 * strictly better value (higher, or lower when the benchmark's direction is lower). Members without a value could
 * rank anywhere: the claim is contradicted if the model already ranks below `expected` among the others, else not
 * checkable (naming them) unless `withValueOnly`.
 */
function checkRank(ctx: Context, check: Extract<ClaimCheck, { kind: 'rank' }>): ClaimOutcome {
  const roleOf = roleLookup(ctx.scenario.alternatives, ctx.scenario.references);
  const self = ctx.index.models.get(check.model);
  const selfMiss = self ? filterMiss(self, roleOf(self.id), check.among) : null;
  if (selfMiss)
    return {
      kind: 'rank',
      status: 'not-checkable',
      missing: [{ kind: 'not-in-set', model: check.model, ...selfMiss }],
      cells: [],
    };
  const mine = cellOf(ctx, check.model, check.benchmark);
  if (!mine)
    return {
      kind: 'rank',
      status: 'not-checkable',
      missing: [{ kind: 'value', model: check.model, benchmark: check.benchmark }],
      cells: [],
    };
  const lower = ctx.index.benchmarks.get(check.benchmark)?.direction === 'lower';
  const better = (x: number) => (lower ? x < mine.value : x > mine.value);
  const cells: ClaimCell[] = [];
  const withoutValue: string[] = [];
  const unknownAttribute: string[] = [];
  let members = 0;
  for (const m of ctx.scenario.dataset.models) {
    const miss = filterMiss(m, roleOf(m.id), check.among);
    if (miss) {
      if (miss.unknown) unknownAttribute.push(m.id);
      continue;
    }
    members++;
    const cell = m.id === check.model ? mine : cellOf(ctx, m.id, check.benchmark);
    if (cell) cells.push(cell);
    else withoutValue.push(m.id);
  }
  cells.sort((a, b) => (lower ? a.value - b.value : b.value - a.value));
  const rank = 1 + cells.filter((c) => better(c.value)).length;
  const set: RankSet = { members, ranked: cells.length, withoutValue, unknownAttribute };
  if (withoutValue.length && !check.withValueOnly && rank <= check.expected)
    return {
      kind: 'rank',
      status: 'not-checkable',
      missing: withoutValue.map((model) => ({ kind: 'value', model, benchmark: check.benchmark })),
      cells,
    };
  return { kind: 'rank', set, ...judged(rank, check.expected, 0, cells) };
}

/** One claim's check against the scenario's cells (the values the Data view shows, overrides included). */
export function checkClaim(scenario: Scenario, claim: Claim): ClaimOutcome {
  const ctx: Context = { scenario, index: indexDataset(scenario.dataset), overrides: overrideMap(scenario) };
  return checkWith(ctx, claim.check);
}

function checkWith(ctx: Context, check: ClaimCheck): ClaimOutcome {
  switch (check.kind) {
    case 'ratio':
      return checkRatio(ctx, check);
    case 'value':
      return checkValue(ctx, check);
    case 'rank':
      return checkRank(ctx, check);
    case 'none':
      return {
        kind: 'none',
        status: 'not-checkable',
        missing: [{ kind: 'no-check', reason: check.missing }],
        cells: [],
      };
  }
}

export interface CheckedClaim {
  claim: Claim;
  outcome: ClaimOutcome;
}

/** Every claim of the scenario with its outcome, in the scenario's order. */
export function checkClaims(scenario: Scenario): CheckedClaim[] {
  const ctx: Context = { scenario, index: indexDataset(scenario.dataset), overrides: overrideMap(scenario) };
  return scenario.claims.map((claim) => ({ claim, outcome: checkWith(ctx, claim.check) }));
}
