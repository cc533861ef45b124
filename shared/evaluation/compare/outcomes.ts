import type { Evaluation } from '../evaluate';
import type { FrontierResult } from '../programme/frontier';
import type { RoundOutcome } from '../programme/rounds';
import { firstName, row, unionIds } from './rows';
import type { CompareValue, ComparisonRow, RoundStatus } from './types';

/** What the outcome rows read of each scenario: its evaluation and programme results (null where there are none). */
export interface OutcomeSide {
  modelNames: ReadonlyMap<string, string>;
  evaluation: Evaluation | null;
  frontier: FrontierResult | null;
  rounds: RoundOutcome[];
  /** Whether P(eliminated) was computed (the scenario's uncertainty is on). */
  uncertainty: boolean;
}

type Team = RoundOutcome['teams'][number];

const statusOf = (team: Team | undefined): RoundStatus =>
  !team
    ? 'absent'
    : team.status === 'advances'
      ? 'advances'
      : team.by === 'gate'
        ? 'eliminated-gate'
        : 'eliminated-score';

/**
 * The outcomes table: rank and composite per model, the frontier aggregate and pass/fail per candidate, and per
 * round the cut line, the eliminated teams and each team's status, total, margin and P(eliminated) (the seeded
 * Monte Carlo of the scenario, where its uncertainty is on), each flagged when the values differ.
 */
export function outcomeRows(sides: readonly OutcomeSide[]): ComparisonRow[] {
  const names = sides.map((s) => s.modelNames);
  const modelName = (id: string) => firstName(names, id);
  const out: ComparisonRow[] = [];

  const ranked = sides.map((s) => new Map((s.evaluation?.alternatives ?? []).map((a) => [a.model, a])));
  const rankedModels = unionIds(
    sides.map((s) => s.evaluation?.order ?? []),
    (m) => m,
  );
  for (const m of rankedModels) {
    const subject = modelName(m);
    out.push(
      row({
        section: 'ranking',
        id: m,
        subject,
        field: 'rank',
        kind: 'number',
        values: ranked.map((r) => r.get(m)?.rank ?? null),
      }),
    );
    out.push(
      row({
        section: 'ranking',
        id: m,
        subject,
        field: 'composite',
        kind: 'number',
        values: ranked.map((r) => r.get(m)?.composite ?? null),
      }),
    );
  }

  const frontier = sides.map((s) => new Map((s.frontier?.candidates ?? []).map((c) => [c.model, c])));
  for (const m of unionIds(
    sides.map((s) => s.frontier?.candidates ?? []),
    (c) => c.model,
  )) {
    const subject = modelName(m);
    out.push(
      row({
        section: 'frontier-outcome',
        id: m,
        subject,
        field: 'frontierAggregate',
        kind: 'number',
        values: frontier.map((f) => f.get(m)?.aggregate ?? null),
      }),
    );
    out.push(
      row({
        section: 'frontier-outcome',
        id: m,
        subject,
        field: 'pass',
        kind: 'pass',
        values: frontier.map((f) => f.get(m)?.pass ?? null),
      }),
    );
  }

  for (const r of unionIds(
    sides.map((s) => s.rounds),
    (x) => x.round,
  )) {
    const rounds = sides.map((s) => s.rounds.find((x) => x.round === r) ?? null);
    const context = rounds.find((x) => x !== null)!.label;
    const read = (f: (x: RoundOutcome) => CompareValue) => rounds.map((x) => (x ? f(x) : null));
    out.push(
      row({
        section: 'round-outcome',
        id: r,
        subject: '',
        context,
        field: 'cutLine',
        kind: 'number',
        values: read((x) => x.cutLine),
      }),
    );
    out.push(
      row({
        section: 'round-outcome',
        id: r,
        subject: '',
        context,
        field: 'eliminatedTeams',
        kind: 'text',
        values: read((x) => x.eliminated.map(modelName).join(', ')),
      }),
    );
    const team = (x: RoundOutcome | null, m: string) => x?.teams.find((t) => t.model === m);
    for (const m of unionIds(
      rounds.map((x) => x?.participants ?? []),
      (id) => id,
    )) {
      const subject = modelName(m);
      const teamRow = (
        field: string,
        kind: 'number' | 'share' | 'status',
        f: (t: Team | undefined, i: number) => CompareValue,
      ) =>
        row({
          section: 'round-outcome',
          id: `${r}.${m}`,
          subject,
          context,
          field,
          kind,
          values: rounds.map((x, i) => f(team(x, m), i)),
        });
      out.push(teamRow('status', 'status', (t, i) => (rounds[i] ? statusOf(t) : null)));
      out.push(teamRow('total', 'number', (t) => t?.total.point ?? null));
      out.push(teamRow('margin', 'number', (t) => t?.margin ?? null));
      if (sides.some((s) => s.uncertainty))
        out.push(
          teamRow('pEliminated', 'share', (t, i) =>
            sides[i].uncertainty ? (t?.probability?.eliminated ?? null) : null,
          ),
        );
    }
  }
  return out;
}
