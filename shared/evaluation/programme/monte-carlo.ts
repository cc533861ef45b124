import type { Programme } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { WorkbenchError } from '../../api/errors';
import { indexDataset } from '../../dataset/index';
import { createPrng } from '../../engine/prng';
import { applyCut } from './cut';
import { frontierAnalysis } from './frontier';
import { evaluateGate } from './gates';
import { componentTerms, entryBounds, totalTerms, type PointsTerm } from './points';
import { cellLookup, planRounds, type RoundPlan } from './round-plan';
import { announcedAdvancing, computedValues, participantsOf, sameTeams, type TeamProbability } from './rounds';
import { drawSumGroup, makeSumGroup, normalSampler, type SumGroup } from './sampler';

export interface ProbabilityOptions {
  samples: number;
  seed: number;
  /** Normal noise sd on benchmark values feeding computed points; 0 = off. */
  benchmarkNoiseSd: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Called after each sample with the teams advancing from each round, in round order (for tests and exports). */
  onSample?: (advancing: readonly (readonly string[])[]) => void;
}

export interface ProbabilityResult {
  samples: number;
  seed: number;
  benchmarkNoiseSd: number;
  /** Proposals drawn per accepted sample, over all rounds (1 when no constraint rejects). */
  proposalsPerSample: number;
  /** Per round, per model id. */
  rounds: { round: string; teams: Record<string, TeamProbability> }[];
  /**
   * The last round: per model id, the share of samples in which the team advances from it (is selected in the
   * final); over all teams these add up to the mean number selected (exactly the final's size when no tie
   * changes it).
   */
  final: { round: string; teams: Record<string, number> };
}

/** Proposals allowed per sample before a constraint is declared unsatisfiable in practice. */
const ATTEMPT_CAP = 10_000;

/** A sum of terms: exact points, uniform variables, and computed points of (team, component). */
interface Linear {
  constant: number;
  vars: number[];
  computed: { team: number; component: string }[];
}

interface RoundModel {
  plan: RoundPlan;
  universe: string[];
  gatePass: boolean[];
  lo: Float64Array;
  hi: Float64Array;
  free: Int32Array;
  groups: SumGroup[];
  checks: { label: string; path: string; lo: number; hi: number; sum: Linear }[];
  teamTotals: Linear[];
}

/**
 * Seeded Monte Carlo over the rounds: each sample draws every undisclosed score uniformly in its
 * range (subject to the round's published sum constraints) and, when noise is on, perturbs benchmark
 * values with N(0, sd); then plays the rounds (gates, cut, tie rule) as evaluateRounds does, the teams
 * advancing from round r taking part in round r + 1 with its entrants. A round with a published outcome
 * (round.announced) keeps only the draws that give it (rejection: the draws are then uniform on the
 * ranges restricted to that outcome). Reports per team the share of samples in which it takes part, is
 * eliminated, and has the lowest total, and the share in which it advances from the last round.
 */
export function roundProbabilities(
  scenario: Scenario,
  programme: Programme,
  opts: ProbabilityOptions,
): ProbabilityResult {
  const prng = createPrng(opts.seed);
  const normal = normalSampler(prng);
  const noise = opts.benchmarkNoiseSd > 0 ? () => opts.benchmarkNoiseSd * normal() : undefined;
  const lookup = cellLookup(scenario);
  const models = buildModels(scenario, programme);
  const counts = models.map((m) => ({
    participating: new Float64Array(m.universe.length),
    eliminated: new Float64Array(m.universe.length),
    lowest: new Float64Array(m.universe.length),
  }));
  const xs = models.map((m) => new Float64Array(m.lo.length));
  const computedCache = new Map<string, Map<string, Float64Array>>();
  const finalists = new Map<string, number>();
  let proposals = 0;

  for (let s = 0; s < opts.samples; s++) {
    if ((s & 255) === 0) {
      if (opts.isCancelled?.()) throw new WorkbenchError('cancelled', 'the Monte Carlo run was cancelled');
      opts.onProgress?.(s, opts.samples);
    }
    let survivors: string[] = [];
    const advancing: string[][] = [];
    models.forEach((m, r) => {
      const participants = participantsOf(survivors, m.plan.round);
      const slots = participants.map((p) => m.universe.indexOf(p));
      const announced = m.plan.round.announced ? announcedAdvancing(m.plan, participants) : null;
      const x = xs[r];
      const eligible = slots.map((u) => m.gatePass[u]);
      let totals: number[] = [];
      let cut: ReturnType<typeof applyCut> | undefined;
      for (let attempt = 1; ; attempt++) {
        if (attempt > ATTEMPT_CAP)
          throw new WorkbenchError(
            'invalid-request',
            announced
              ? `${m.plan.path}: the ranges almost never give the announced outcome (${announced.join(', ')} advance)`
              : `${m.plan.path}: the constraints cannot be met by the ranges`,
            m.plan.path,
          );
        proposals += drawRound(m, x, prng);
        const computed = computedFor(m, participants, lookup, noise, computedCache);
        const failed = m.checks.find((c) => {
          const v = evaluate(c.sum, x, computed, slots);
          return v < c.lo - 1e-9 || v > c.hi + 1e-9;
        });
        if (failed) continue;
        totals = slots.map((u) => evaluate(m.teamTotals[u], x, computed, slots));
        cut = applyCut(totals, eligible, m.plan.round.cut, m.plan.round.tieRule);
        const out = cut.eliminated;
        // Conditioning on a published outcome: keep only the draws in which exactly the announced teams advance.
        if (
          !announced ||
          sameTeams(
            announced,
            participants.filter((_, t) => eligible[t] && !out[t]),
          )
        )
          break;
      }
      const eliminated = (cut as ReturnType<typeof applyCut>).eliminated;
      const low = Math.min(...totals);
      const c = counts[r];
      slots.forEach((u, t) => {
        c.participating[u] += 1;
        if (!eligible[t] || eliminated[t]) c.eliminated[u] += 1;
        if (Math.abs(totals[t] - low) <= 1e-9) c.lowest[u] += 1;
      });
      survivors = participants.filter((_, t) => eligible[t] && !eliminated[t]);
      advancing.push(survivors);
    });
    for (const model of survivors) finalists.set(model, (finalists.get(model) ?? 0) + 1);
    opts.onSample?.(advancing);
  }
  opts.onProgress?.(opts.samples, opts.samples);
  return {
    samples: opts.samples,
    seed: opts.seed,
    benchmarkNoiseSd: opts.benchmarkNoiseSd,
    proposalsPerSample: opts.samples ? proposals / opts.samples : 0,
    rounds: models.map((m, r) => ({
      round: m.plan.round.id,
      teams: Object.fromEntries(
        m.universe.map((model, u) => [
          model,
          {
            participating: counts[r].participating[u] / opts.samples,
            eliminated: counts[r].eliminated[u] / opts.samples,
            lowest: counts[r].lowest[u] / opts.samples,
          },
        ]),
      ),
    })),
    final: {
      round: models[models.length - 1]?.plan.round.id ?? '',
      teams: Object.fromEntries(
        (models[models.length - 1]?.universe ?? []).map((model) => [model, (finalists.get(model) ?? 0) / opts.samples]),
      ),
    },
  };
}

/** Draws the round's free variables and constrained groups into x; returns the proposals used. */
function drawRound(m: RoundModel, x: Float64Array, prng: () => number): number {
  for (const v of m.free) x[v] = m.lo[v] + prng() * (m.hi[v] - m.lo[v]);
  let used = 1;
  m.groups.forEach((g, gi) => {
    const n = drawSumGroup(g, m.lo, m.hi, x, prng, ATTEMPT_CAP);
    if (n === 0)
      throw new WorkbenchError(
        'invalid-request',
        `${m.plan.path}.constraints: group ${gi} rejects every draw`,
        m.plan.path,
      );
    used += n - 1;
  });
  return used;
}

function computedFor(
  m: RoundModel,
  participants: string[],
  lookup: (model: string, benchmark: string) => number,
  noise: (() => number) | undefined,
  cache: Map<string, Map<string, Float64Array>>,
): Map<string, Float64Array> {
  if (m.plan.computed.length === 0) return EMPTY;
  if (noise) return computedValues(m.plan, participants, lookup, noise);
  const key = `${m.plan.round.id}|${participants.join(',')}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = computedValues(m.plan, participants, lookup)));
  return hit;
}
const EMPTY = new Map<string, Float64Array>();

/** Σ of a linear form; computed terms of teams not taking part count 0. */
function evaluate(f: Linear, x: Float64Array, computed: Map<string, Float64Array>, slots: number[]): number {
  let v = f.constant;
  for (const i of f.vars) v += x[i];
  for (const c of f.computed) {
    const t = slots.indexOf(c.team);
    if (t >= 0) v += computed.get(c.component)?.[t] ?? 0;
  }
  return v;
}

function buildModels(scenario: Scenario, programme: Programme): RoundModel[] {
  const index = indexDataset(scenario.dataset);
  const universe: string[] = [];
  return planRounds(scenario, programme).map((plan) => {
    plan.round.entrants.forEach((e) => !universe.includes(e) && universe.push(e));
    const teams = [...universe];
    const frontier =
      plan.gates.some((g) => g.rule.kind === 'frontier') && plan.frontierRules
        ? frontierAnalysis(scenario, plan.frontierRules, teams)
        : null;
    const gatePass = teams.map((model) => {
      const m = index.models.get(model);
      const fp = frontier?.candidates.find((c) => c.model === model)?.pass ?? null;
      return m ? plan.gates.every((g) => evaluateGate(g, m, fp).pass) : plan.gates.length === 0;
    });

    const varOf = new Map<string, number>();
    const lo: number[] = [];
    const hi: number[] = [];
    const linear = (team: number, terms: PointsTerm[]): Linear => {
      const f: Linear = { constant: 0, vars: [], computed: [] };
      for (const term of terms) {
        if (term.kind === 'computed') f.computed.push({ team, component: term.component });
        if (term.kind !== 'entry') continue;
        const [l, h] = entryBounds(term.entry);
        if (term.entry.kind === 'exact') {
          f.constant += l;
          continue;
        }
        const key = `${term.entry.model}|${term.entry.component}`;
        let v = varOf.get(key);
        if (v === undefined) {
          v = lo.length;
          varOf.set(key, v);
          lo.push(l);
          hi.push(h);
        }
        f.vars.push(v);
      }
      return f;
    };
    const teamTotals = teams.map((model, t) => linear(t, totalTerms(plan.scheme, plan.entries, model)));

    const grouped = new Set<number>();
    const groups: SumGroup[] = [];
    const checks: RoundModel['checks'] = [];
    plan.round.constraints.forEach((k, ki) => {
      const path = `${plan.path}.constraints.${ki}`;
      const component = k.component === null ? null : plan.scheme.components.find((c) => c.id === k.component);
      const sum: Linear = { constant: 0, vars: [], computed: [] };
      for (const model of k.models) {
        const t = teams.indexOf(model);
        const terms = component
          ? componentTerms(plan.scheme, plan.entries, model, component)
          : totalTerms(plan.scheme, plan.entries, model);
        const f = linear(t, terms);
        sum.constant += f.constant;
        sum.vars.push(...f.vars);
        sum.computed.push(...f.computed);
      }
      const primary = sum.computed.length === 0 && sum.vars.length > 0 && sum.vars.every((v) => !grouped.has(v));
      if (!primary) {
        checks.push({ label: k.label, path, lo: k.lo, hi: k.hi, sum });
        return;
      }
      const g = makeSumGroup(sum.vars, Float64Array.from(lo), Float64Array.from(hi), sum.constant, k);
      if (!g)
        throw new WorkbenchError(
          'invalid-request',
          `${path} (${k.label}): the ranges cannot add up to ${k.lo}–${k.hi}`,
          path,
        );
      sum.vars.forEach((v) => grouped.add(v));
      groups.push(g);
    });
    const free = Int32Array.from([...Array(lo.length).keys()].filter((v) => !grouped.has(v)));
    return {
      plan,
      universe: teams,
      gatePass,
      lo: Float64Array.from(lo),
      hi: Float64Array.from(hi),
      free,
      groups,
      checks,
      teamTotals,
    };
  });
}
