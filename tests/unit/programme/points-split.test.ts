import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { createPrng } from '../../../shared/engine/prng';
import {
  eliminatedAt,
  pairSplitSweep,
  splitProblem,
  splitRegionMap,
  type SplitProblem,
} from '../../../shared/evaluation/programme/points-split';
import { evaluateProgramme, scenarioProgramme } from '../../../shared/evaluation/programme/programme';

const root = join(import.meta.dirname, '../../..');
const announced = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(root, 'data/scenarios/round1-as-announced.sewb'), 'utf8')),
);

/**
 * Brute force written from the rules: each team's points rescaled to the new component maxima and added up; among
 * the teams passing the gates, sorted by total, "eliminate N" keeps the best m − N and "keep N" the best N; teams
 * tied (within 1e-9) with the last one kept all advance or are all eliminated, by the tie rule.
 */
function bruteEliminated(p: SplitProblem, split: number[]): string[] {
  const total = (t: SplitProblem['teams'][number]) =>
    p.components.reduce((a, _, i) => a + t.shares[i] * split[i] * p.total, 0);
  const field = p.teams.filter((t) => t.eligible).map((t) => ({ model: t.model, total: total(t) }));
  const sorted = [...field].sort((a, b) => b.total - a.total);
  const keep =
    p.cut.kind === 'eliminate' ? Math.max(0, sorted.length - p.cut.count) : Math.min(p.cut.count, sorted.length);
  if (keep >= sorted.length) return [];
  if (keep === 0) return p.teams.filter((t) => t.eligible).map((t) => t.model);
  const last = sorted[keep - 1].total;
  const tie = Math.abs(sorted[keep].total - last) <= 1e-9;
  const out = new Set<string>();
  for (const t of field) {
    const tied = Math.abs(t.total - last) <= 1e-9;
    if (tie && tied ? p.tieRule === 'all-eliminated' : t.total < last - 1e-9) out.add(t.model);
  }
  return p.teams.map((t) => t.model).filter((m) => out.has(m));
}

describe('points split of Round 1 as announced', () => {
  const programme = scenarioProgramme(announced)!;
  const outcome = evaluateProgramme(announced, programme).rounds[0];
  const problem = splitProblem(
    outcome,
    programme.schemes.find((s) => s.id === programme.rounds[0].scheme)!,
  );

  it('the current split is 40/35/25 and eliminates the team the round eliminates on score', () => {
    expect(problem.components.map((c) => c.id)).toEqual(['benchmark', 'expert', 'user']);
    expect(problem.current).toEqual([0.4, 0.35, 0.25]);
    const onScore = outcome.teams.filter((t) => t.by === 'score').map((t) => t.model);
    expect(eliminatedAt(problem, problem.current)).toEqual(onScore);
    expect(onScore).toEqual(['vaetki-112b-a10b']);
  });

  it('every cell of the triangle matches the brute force, and the map covers the triangle', () => {
    const cells = splitRegionMap(problem, 40);
    expect(cells).toHaveLength((41 * 42) / 2);
    for (const cell of cells) {
      expect(cell.split.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(cell.eliminated).toEqual(bruteEliminated(problem, cell.split));
    }
    // The split does matter here: more than one team goes out somewhere on the triangle.
    expect(new Set(cells.map((c) => c.eliminated.join())).size).toBeGreaterThan(1);
  });
});

describe('points split on random rounds', () => {
  it('region maps and pair sweeps match the brute force, ties and tie rules included', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const prng = createPrng(seed);
      const k = 2 + Math.floor(prng() * 3);
      const maxima = Array.from({ length: k }, () => 5 + Math.floor(prng() * 40));
      const total = maxima.reduce((a, b) => a + b, 0);
      const m = 2 + Math.floor(prng() * 5);
      const problem: SplitProblem = {
        components: maxima.map((maxPoints, i) => ({ id: `c${i}`, label: `c${i}`, maxPoints })),
        total,
        current: maxima.map((x) => x / total),
        // Coarse shares, so that some teams tie.
        teams: Array.from({ length: m }, (_, i) => ({
          model: `t${i}`,
          eligible: prng() > 0.15,
          shares: maxima.map(() => Math.round(prng() * 4) / 4),
        })),
        cut: { kind: prng() < 0.5 ? 'eliminate' : 'keep', count: Math.floor(prng() * m) },
        tieRule: prng() < 0.5 ? 'all-advance' : 'all-eliminated',
      };
      for (const cell of splitRegionMap(problem, 12))
        expect(cell.eliminated).toEqual(bruteEliminated(problem, cell.split));
      for (const cell of pairSplitSweep(problem, 0, k - 1, 20)) {
        expect(cell.split.slice(1, k - 1)).toEqual(problem.current.slice(1, k - 1));
        expect(cell.eliminated).toEqual(bruteEliminated(problem, cell.split));
      }
    }
  });
});
