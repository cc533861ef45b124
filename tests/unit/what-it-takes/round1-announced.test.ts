import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { evaluateScenario } from '../../../shared/evaluation/evaluate';
import { evaluateRounds } from '../../../shared/evaluation/programme/rounds';
import { whatItTakes } from '../../../shared/evaluation/what-it-takes/index';
import { withOverride, withPointsEntry, withWeight } from '../../../shared/evaluation/what-it-takes/scenario-edits';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/scenarios/round1-as-announced.sewb'), 'utf8')),
);
const published = JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')) as {
  round1: { scores: { team: string; component: string; score: number | null }[] };
  teams: { id: string; model: string }[];
};
const VAETKI = 'vaetki-112b-a10b';
const round = scenario.programme!.rounds[0];

/**
 * A team's round-1 total read from the scenario's entries as programme.md states them: a published score, or the
 * midpoint of the range stated for an undisclosed one; a component with its own entry counts instead of its parts.
 */
function total(model: string): number {
  const entries = round.entries.filter((e) => e.model === model);
  const point = (component: string) => {
    const e = entries.find((x) => x.component === component);
    return e ? (e.kind === 'exact' ? e.points : (e.lo + e.hi) / 2) : null;
  };
  const parts = (parent: string) => ['nia', 'common', 'chosen'].filter(() => parent === 'benchmark');
  return ['benchmark', 'expert', 'user'].reduce(
    (a, c) => a + (point(c) ?? parts(c).reduce((s, k) => s + (point(k) ?? 0), 0)),
    0,
  );
}

describe('what it takes for VAETKI to stay above the cut in "Round 1 as announced"', () => {
  it('the totals it is computed from match the published ones (LG AI Research 90.2 of 100)', () => {
    const lg = published.teams.find((t) => t.id === 'lg-ai-research')!.model;
    const lgTotal = published.round1.scores.find((s) => s.team === 'lg-ai-research' && s.component === 'total')!;
    expect(total(lg)).toBeCloseTo(lgTotal.score!, 9);
  });

  it('gives, on each top-level component, its points plus the shortfall to the last team kept (a tie advances)', () => {
    // Eliminate 1 among the teams passing the independence gate (NAVER Cloud fails it): the line is the lowest total
    // kept, and under "all-advance" a tie with it advances, so the shortfall is exactly line − VAETKI's total.
    const failing = new Set(['hcx-seed-think-32b']);
    const others = round.entrants.filter((m) => m !== VAETKI && !failing.has(m)).map(total);
    const line = others.sort((a, b) => b - a)[others.length + 1 - round.cut.count - 1];
    const shortfall = line - total(VAETKI);
    expect(round.tieRule).toBe('all-advance');
    expect(shortfall).toBeCloseTo(3, 9); // Upstage 77.9 − VAETKI 74.9

    const result = whatItTakes(scenario, VAETKI, { kind: 'cut', round: round.id });
    expect(result.holdsNow).toBe(false);
    const top = result.points.filter((p) => p.parent === null);
    expect(top.map((p) => p.component)).toEqual(['benchmark', 'expert', 'user']);
    for (const p of top) {
      expect(p.state).toBe('reachable');
      expect(p.change!).toBeCloseTo(shortfall, 9);
      expect(p.how).toEqual({ kind: 'exact', tolerance: 0 });
      // Applied as an exact entry, VAETKI advances; a hundredth of a point less, it is still eliminated.
      const advancesWith = (points: number) => {
        const applied = withPointsEntry(scenario, round.id, VAETKI, p.component, points, '');
        return evaluateRounds(applied, applied.programme!)[0].teams.find((t) => t.model === VAETKI)!.status;
      };
      expect(advancesWith(p.points!)).toBe('advances');
      expect(advancesWith(p.points! - 0.01)).toBe('eliminated');
    }
    // The sub-components of "benchmark" are not counted while VAETKI's benchmark total is its own entry.
    for (const p of result.points.filter((x) => x.parent === 'benchmark')) expect(p.obstacle).toBe('shadowed');
  });

  it('a benchmark goal: the value given, applied as a what-if, reaches the goal, and one tolerance less does not', () => {
    // Every model against the one ranked just ahead of it, in the scenario with one criterion weighted 20 times the
    // others in turn (with equal weights no single cell closes a gap here: one cell moves a composite by at most
    // its weight). At least one answer in all must be reachable, and each is checked.
    let checked = 0;
    for (const heavy of scenario.criteria.map((c) => c.benchmark)) {
      const s = {
        ...scenario,
        criteria: scenario.criteria.map((c) => ({ ...c, weight: c.benchmark === heavy ? 100 : 5 })),
      };
      const file = `heavy ${heavy}`;
      const order = evaluateScenario(s).order;
      for (let at = 1; at < order.length; at++) {
        const [model, rival] = [order[at], order[at - 1]];
        const result = whatItTakes(s, model, { kind: 'overtake', model: rival });
        for (const b of result.benchmarks.filter((x) => x.state === 'reachable')) {
          const ahead = (x: number) => {
            const e = evaluateScenario(withOverride(s, model, b.benchmark, x));
            // As the Results table shows it: a rank ahead (equal composites, to 1e-12, share a rank).
            const find = (m: string) => e.alternatives.find((a) => a.model === m)!.rank;
            return find(model) < find(rival);
          };
          const d = b.direction === 'higher' ? 1 : -1;
          expect(ahead(b.value!), `${file} ${model} ${b.benchmark}`).toBe(true);
          expect(ahead(b.value! - d * b.how!.tolerance), `${file} ${model} ${b.benchmark}`).toBe(false);
          expect(b.value!).toBeLessThanOrEqual(b.scale!.max);
          expect(b.value!).toBeGreaterThanOrEqual(b.scale!.min);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('what it takes in weights, on the bundled scenarios', () => {
  it('each weight given, set as the raw slider value, makes the model overtake the one ahead; nearer the current weight it does not', () => {
    let checked = 0;
    for (const file of ['round1-as-announced.sewb', 'round1-as-planned.sewb', 'default.sewb']) {
      const s = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios', file), 'utf8')));
      const order = evaluateScenario(s).order;
      for (let at = 1; at < order.length; at++) {
        const [model, rival] = [order[at], order[at - 1]];
        const ahead = (sc: typeof s) => {
          const e = evaluateScenario(sc);
          const rank = (m: string) => e.alternatives.find((a) => a.model === m)!.rank;
          return rank(model) < rank(rival);
        };
        for (const w of whatItTakes(s, model, { kind: 'overtake', model: rival }).weights) {
          if (w.state !== 'reachable' || w.rawNeeded === null) continue;
          const rest = s.criteria.reduce((a, c) => a + (c.benchmark === w.benchmark ? 0 : c.weight), 0);
          const raw = (t: number) => (t * rest) / (1 - t);
          expect(ahead(withWeight(s, w.benchmark, w.rawNeeded)), `${file} ${model} ${w.benchmark}`).toBe(true);
          const back = w.weight! - Math.sign(w.weight! - w.current) * 1e-6;
          expect(ahead(withWeight(s, w.benchmark, raw(back))), `${file} ${model} ${w.benchmark}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
