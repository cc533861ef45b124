import type { Cut, Programme, Round } from '../../domain/programme';
import type { Scenario } from '../../domain/scenario';
import { WorkbenchError } from '../../api/errors';
import { indexDataset } from '../../dataset/index';
import { competitionRanks } from '../../engine/rank';
import { applyCut, marginToCut } from './cut';
import { frontierAnalysis, type FrontierResult } from './frontier';
import { evaluateGate, type GateOutcome } from './gates';
import { computedPoints, componentTerms, entryBounds, type PointsTerm } from './points';
import { benchmarkMatrix, cellLookup, planRounds, type RoundPlan } from './round-plan';

interface PointsRange {
  /** The value used for the deterministic outcome: exact points, a range's midpoint, computed points. */
  point: number;
  lo: number;
  hi: number;
}

interface ComponentPoints extends PointsRange {
  component: string;
  label: string;
  maxPoints: number;
  parent: string | null;
  /** exact / range: a manual entry; children: the sum of sub-components; missing: no value (scores 0). */
  origin: 'exact' | 'range' | 'computed' | 'children' | 'missing';
  /** A sub-component whose parent has its own entry: shown, not counted. */
  shadowed: boolean;
  note: string;
  source: string | null;
}

export interface TeamProbability {
  /** Share of samples in which the team takes part in the round (1 in the first round). */
  participating: number;
  eliminated: number;
  /** Share of samples in which the team has the lowest total of the round's participants (ties count for each). */
  lowest: number;
}

interface TeamOutcome {
  model: string;
  name: string;
  components: ComponentPoints[];
  total: PointsRange;
  /** Competition rank by total among all participants, 1 = highest. */
  rank: number;
  gates: GateOutcome[];
  status: 'advances' | 'eliminated';
  /** Why a team is eliminated: a failing gate (whatever its score) or its score. */
  by: 'gate' | 'score' | null;
  /**
   * Points to the cut line as drawn: total − the round's `cutLine` (see cutLine in ./cut): ≥ 0 for a team that
   * advances, < 0 for one eliminated on score. Null without a cut line, and for teams eliminated by a gate.
   */
  margin: number | null;
  tiedAtCut: boolean;
  /** Leaf components with neither an entry nor a computed value (counted as 0). */
  missing: string[];
  /** With uncertainty on: from the seeded Monte Carlo over ranges and benchmark noise. */
  probability: TeamProbability | null;
}

interface ConstraintCheck {
  label: string;
  lo: number;
  hi: number;
  /** The sum at the point values (exact points and range midpoints). */
  atPoint: number;
  satisfiedAtPoint: boolean;
  source: string | null;
}

export interface RoundOutcome {
  round: string;
  label: string;
  date: string;
  cut: Cut;
  tieRule: Round['tieRule'];
  /** The lowest total that advances when the cut leaves someone out (see cutLine in ./cut); null otherwise. */
  cutLine: number | null;
  entrants: string[];
  participants: string[];
  /** Best rank first. */
  teams: TeamOutcome[];
  advancing: string[];
  eliminated: string[];
  /** Present when a gate of the round reads the frontier test. */
  frontier: FrontierResult | null;
  constraints: ConstraintCheck[];
  notes: string;
  admission: Round['admission'];
  /**
   * The published outcome (round.announced): who advanced, and whether the point values give the same teams.
   * When set, `advancing` is the announced list and later rounds start from it.
   */
  announced: { advancing: string[]; source: string | null; matches: boolean } | null;
}

/** Participants of a round: those who advanced from the previous round, then the round's new entrants. */
export const participantsOf = (previous: readonly string[], round: Round): string[] => [
  ...previous,
  ...round.entrants.filter((m) => !previous.includes(m)),
];

/**
 * The rounds played out with point values (exact points, midpoints of ranges, computed points):
 * gates first (a failing gate eliminates whatever the score), then the cut among the rest
 * (see applyCut for the tie rule), the survivors going on to the next round.
 */
export function evaluateRounds(scenario: Scenario, programme: Programme): RoundOutcome[] {
  const index = indexDataset(scenario.dataset);
  const lookup = cellLookup(scenario);
  const outcomes: RoundOutcome[] = [];
  let survivors: string[] = [];
  for (const plan of planRounds(scenario, programme)) {
    const participants = participantsOf(survivors, plan.round);
    const usesFrontier = plan.gates.some((g) => g.rule.kind === 'frontier');
    const frontier =
      usesFrontier && plan.frontierRules ? frontierAnalysis(scenario, plan.frontierRules, participants) : null;
    const computed = computedValues(plan, participants, lookup);
    const rows = participants.map((model, t) => {
      const m = index.models.get(model);
      const gates = m
        ? plan.gates.map((g) => evaluateGate(g, m, frontier?.candidates.find((c) => c.model === model)?.pass ?? null))
        : [];
      const components = plan.scheme.components.map((c) =>
        componentPoints(plan, model, c, (id) => computed.get(id)?.[t] ?? 0),
      );
      const top = components.filter((c) => c.parent === null);
      const total = {
        point: top.reduce((a, c) => a + c.point, 0),
        lo: top.reduce((a, c) => a + c.lo, 0),
        hi: top.reduce((a, c) => a + c.hi, 0),
      };
      const missing = components.filter((c) => c.origin === 'missing' && !c.shadowed).map((c) => c.component);
      return { model, name: m?.name ?? model, components, total, gates, missing };
    });
    const totals = rows.map((r) => r.total.point);
    const eligible = rows.map((r) => r.gates.every((g) => g.pass));
    const cut = applyCut(totals, eligible, plan.round.cut, plan.round.tieRule);
    const { rank } = competitionRanks(totals, 'higher');
    const teams: TeamOutcome[] = rows.map((r, t) => {
      const byGate = !eligible[t];
      const out = byGate || cut.eliminated[t];
      return {
        ...r,
        rank: rank[t],
        status: out ? 'eliminated' : 'advances',
        by: byGate ? 'gate' : out ? 'score' : null,
        margin: byGate ? null : marginToCut(totals[t], cut.cutLine),
        tiedAtCut: cut.tiedAtCut[t],
        probability: null,
      };
    });
    teams.sort((a, b) => a.rank - b.rank || participants.indexOf(a.model) - participants.indexOf(b.model));
    const computedSurvivors = participants.filter((_, t) => eligible[t] && !cut.eliminated[t]);
    const announced = plan.round.announced ? announcedAdvancing(plan, participants) : null;
    survivors = announced ?? computedSurvivors;
    outcomes.push({
      round: plan.round.id,
      label: plan.round.label,
      date: plan.round.date,
      cut: plan.round.cut,
      tieRule: plan.round.tieRule,
      cutLine: cut.cutLine,
      entrants: plan.round.entrants,
      participants,
      teams,
      advancing: survivors,
      eliminated: participants.filter((m) => !survivors.includes(m)),
      frontier,
      constraints: plan.round.constraints.map((k) => {
        const atPoint = k.models.reduce((a, model) => {
          const row = rows.find((r) => r.model === model);
          const part = k.component === null ? row?.total : row?.components.find((c) => c.component === k.component);
          return a + (part?.point ?? 0);
        }, 0);
        return {
          label: k.label,
          lo: k.lo,
          hi: k.hi,
          atPoint,
          satisfiedAtPoint: atPoint >= k.lo - 1e-9 && atPoint <= k.hi + 1e-9,
          source: k.source,
        };
      }),
      notes: plan.round.notes,
      admission: plan.round.admission,
      announced: announced
        ? {
            advancing: announced,
            source: plan.round.announced?.source ?? null,
            matches: sameTeams(announced, computedSurvivors),
          }
        : null,
    });
  }
  return outcomes;
}

/** The announced advancing teams in participant order; an announced team not taking part is refused, named. */
export function announcedAdvancing(plan: RoundPlan, participants: readonly string[]): string[] {
  const advancing = plan.round.announced?.advancing ?? [];
  advancing.forEach((m, i) => {
    if (!participants.includes(m)) {
      const path = `${plan.path}.announced.advancing.${i}`;
      throw new WorkbenchError('invalid-request', `${path}: ${m} does not take part in ${plan.round.id}`, path);
    }
  });
  return participants.filter((m) => advancing.includes(m));
}

export const sameTeams = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((m) => b.includes(m));

/** Computed points per computed component, indexed like `teams`; `noise` perturbs benchmark values. */
export function computedValues(
  plan: RoundPlan,
  teams: readonly string[],
  lookup: (model: string, benchmark: string) => number,
  noise?: () => number,
): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const { component, directions } of plan.computed) {
    const spec = component.computed;
    if (!spec) continue;
    const values = benchmarkMatrix(lookup, spec.benchmarks, teams, noise);
    const points = new Float64Array(teams.length);
    computedPoints(spec, component.maxPoints, directions, values, teams.length, points);
    out.set(component.id, points);
  }
  return out;
}

function componentPoints(
  plan: RoundPlan,
  model: string,
  c: RoundPlan['scheme']['components'][number],
  computed: (component: string) => number,
): ComponentPoints {
  const terms = componentTerms(plan.scheme, plan.entries, model, c);
  const entry = plan.entries.get(`${model}|${c.id}`);
  const hasChildren = plan.scheme.components.some((k) => k.parent === c.id);
  const shadowed = c.parent !== null && plan.entries.has(`${model}|${c.parent}`);
  const range = terms.reduce(
    (acc, term) => {
      const [lo, hi, point] = termRange(term, computed);
      return { point: acc.point + point, lo: acc.lo + lo, hi: acc.hi + hi };
    },
    { point: 0, lo: 0, hi: 0 },
  );
  const origin: ComponentPoints['origin'] = entry
    ? entry.kind
    : hasChildren
      ? 'children'
      : c.computed
        ? 'computed'
        : 'missing';
  return {
    component: c.id,
    label: c.label,
    maxPoints: c.maxPoints,
    parent: c.parent,
    origin,
    shadowed,
    ...range,
    note: entry?.note ?? '',
    source: entry?.source ?? null,
  };
}

function termRange(term: PointsTerm, computed: (component: string) => number): [number, number, number] {
  if (term.kind === 'entry') {
    const [lo, hi] = entryBounds(term.entry);
    return [lo, hi, (lo + hi) / 2];
  }
  const v = term.kind === 'computed' ? computed(term.component) : 0;
  return [v, v, v];
}
