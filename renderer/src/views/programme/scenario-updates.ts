import {
  FrontierRulesSchema,
  ProgrammeSchema,
  programmeIssues,
  type Cut,
  type FrontierRules,
  type PointsEntry,
  type Programme,
  type Round,
} from '../../../../shared/domain/programme';
import type { Scenario } from '../../../../shared/domain/scenario';
import { subtractMonths } from '../../../../shared/evaluation/programme/dates';

/** A scenario change, or the message saying why it was not applied (the scenario is left as it was). */
export type Update = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Round 1 of the programme was evaluated on this date (programme.md); the default when nothing else dates the test. */
const DEFAULT_DATE = '2026-01-15';

const emptyProgramme = (): Programme => ProgrammeSchema.parse({});

/**
 * Replaces the programme after checking it as a whole (schema and dataset references), so an edit
 * that breaks a rule elsewhere is refused with the path and message instead of half-applied.
 */
function withProgramme(scenario: Scenario, programme: Programme): Update {
  const parsed = ProgrammeSchema.safeParse(programme);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `programme.${issue.path.join('.')}: ${issue.message}` };
  }
  const issue = programmeIssues(
    parsed.data,
    new Set(scenario.dataset.models.map((m) => m.id)),
    new Set(scenario.dataset.benchmarks.map((b) => b.id)),
  )[0];
  if (issue) return { ok: false, message: `${issue.path.join('.')}: ${issue.message}` };
  return { ok: true, scenario: { ...scenario, programme: parsed.data } };
}

/** Adds the default frontier test: evaluation date = first round's date or 2026-01-15, 6 months, 0.95. */
export function addFrontier(scenario: Scenario): Update {
  const programme = scenario.programme ?? emptyProgramme();
  const frontier = FrontierRulesSchema.parse({ evaluationDate: programme.rounds[0]?.date ?? DEFAULT_DATE });
  return withProgramme(scenario, { ...programme, frontier });
}

/** Changes some of the frontier rules (the programme must have frontier rules). */
export function patchFrontier(scenario: Scenario, patch: Partial<FrontierRules>): Update {
  const programme = scenario.programme;
  if (!programme?.frontier) return { ok: false, message: 'programme.frontier: the scenario has no frontier test' };
  return withProgramme(scenario, { ...programme, frontier: { ...programme.frontier, ...patch } });
}

/**
 * Adds a round. The first: a 100-point scheme computed from the scenario's criteria (relative to the
 * best participant, weighted like the criteria), all alternatives entering, eliminate 1. A later one
 * repeats the last round's scheme, gates and cut six months later (the programme's cadence), with no
 * new entrants and no panel scores yet.
 */
export function addRound(scenario: Scenario, labels: { scheme: string; component: string; round: string }): Update {
  const programme = scenario.programme ?? emptyProgramme();
  const taken = new Set(programme.rounds.map((r) => r.id));
  let n = programme.rounds.length + 1;
  while (taken.has(`round-${n}`)) n += 1;
  const base = { id: `round-${n}`, label: `${labels.round} ${n}`, entries: [], constraints: [], notes: '' };
  const last = programme.rounds[programme.rounds.length - 1];
  if (last) {
    const round: Round = { ...last, ...base, date: subtractMonths(last.date, -6), entrants: [] };
    return withProgramme(scenario, { ...programme, rounds: [...programme.rounds, round] });
  }
  const schemeId = 'points-100';
  const schemes = programme.schemes.some((s) => s.id === schemeId)
    ? programme.schemes
    : [
        ...programme.schemes,
        {
          id: schemeId,
          label: labels.scheme,
          components: [
            {
              id: 'benchmarks',
              label: labels.component,
              maxPoints: 100,
              parent: null,
              computed: {
                kind: 'relative-to-best' as const,
                benchmarks: scenario.criteria.map((c) => ({ benchmark: c.benchmark, weight: c.weight })),
              },
            },
          ],
        },
      ];
  const round: Round = {
    ...base,
    date: programme.frontier?.evaluationDate ?? DEFAULT_DATE,
    entrants: [...scenario.alternatives],
    cut: { kind: 'eliminate', count: 1 },
    tieRule: 'all-advance',
    gates: [],
    scheme: schemeId,
    frontier: null,
    admission: null,
    announced: null,
  };
  return withProgramme(scenario, { ...programme, schemes, rounds: [round] });
}

/** Removes a round (its panel scores go with it). */
export function removeRound(scenario: Scenario, roundId: string): Update {
  const programme = scenario.programme;
  if (!programme) return { ok: false, message: 'programme: the scenario has no programme' };
  return withProgramme(scenario, { ...programme, rounds: programme.rounds.filter((r) => r.id !== roundId) });
}

function patchRound(scenario: Scenario, roundId: string, patch: (r: Round) => Round): Update {
  const programme = scenario.programme;
  if (!programme?.rounds.some((r) => r.id === roundId))
    return { ok: false, message: `programme.rounds: no round ${roundId}` };
  return withProgramme(scenario, {
    ...programme,
    rounds: programme.rounds.map((r) => (r.id === roundId ? patch(r) : r)),
  });
}

export const setRoundDate = (scenario: Scenario, roundId: string, date: string): Update =>
  patchRound(scenario, roundId, (r) => ({ ...r, date }));

export const setEntrants = (scenario: Scenario, roundId: string, entrants: string[]): Update =>
  patchRound(scenario, roundId, (r) => ({ ...r, entrants }));

export const setCut = (scenario: Scenario, roundId: string, cut: Cut): Update =>
  patchRound(scenario, roundId, (r) => ({ ...r, cut }));

export const setTieRule = (scenario: Scenario, roundId: string, tieRule: Round['tieRule']): Update =>
  patchRound(scenario, roundId, (r) => ({ ...r, tieRule }));

/**
 * Sets (or, with null, removes) the manual entry of one model × component in a round, keeping the
 * note and source of the entry it replaces.
 */
export function setEntry(
  scenario: Scenario,
  roundId: string,
  model: string,
  component: string,
  value: { kind: 'exact'; points: number } | { kind: 'range'; lo: number; hi: number } | null,
): Update {
  return patchRound(scenario, roundId, (r) => {
    const old = r.entries.find((e) => e.model === model && e.component === component);
    const rest = r.entries.filter((e) => e !== old);
    if (!value) return { ...r, entries: rest };
    const entry: PointsEntry = { model, component, note: old?.note ?? '', source: old?.source ?? null, ...value };
    const at = old ? r.entries.indexOf(old) : r.entries.length;
    return { ...r, entries: [...rest.slice(0, at), entry, ...rest.slice(at)] };
  });
}

export const setUncertainty = (scenario: Scenario, patch: Partial<Scenario['uncertainty']>): Scenario => ({
  ...scenario,
  uncertainty: { ...scenario.uncertainty, ...patch },
});
