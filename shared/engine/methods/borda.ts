import { EngineError } from '../errors';
import { competitionRanks, fractionalRanks } from '../rank';
import { assertRanks } from '../rank-compare';

/**
 * Borda count (de Borda 1781) over several rankings of the same m alternatives, each given as a rank
 * vector (1 = best, every rank from 1 to m; see assertRanks): an alternative receives m − r points per ranking, r being its fractional rank, so
 * tied alternatives share the points of the positions they span (1, 2, 2, 4 → 3, 1.5, 1.5, 0). The
 * consensus rank is the competition ranking of the point totals (more points first).
 */
export function borda(rankings: readonly (readonly number[])[]): { points: number[]; rank: number[] } {
  if (rankings.length === 0) throw new EngineError('shape', 'at least one ranking is needed', ['rankings']);
  const m = rankings[0].length;
  if (m === 0) throw new EngineError('shape', 'a ranking needs at least one alternative', ['rankings', 0]);
  const points = new Array<number>(m).fill(0);
  rankings.forEach((ranking, k) => {
    if (ranking.length !== m)
      throw new EngineError('shape', `ranking ${k} has ${ranking.length} entries, expected ${m}`, ['rankings', k]);
    assertRanks(ranking, ['rankings', k]);
    fractionalRanks(ranking, 'lower').forEach((r, i) => (points[i] += m - r));
  });
  return { points, rank: competitionRanks(points, 'higher').rank };
}
