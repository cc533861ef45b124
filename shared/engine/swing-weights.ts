import { EngineError } from './errors';
import { normalizeWeights } from './weights';

/**
 * Swing weighting (von Winterfeldt & Edwards 1986, ch. 8; Edwards & Barron 1994, SMARTS): the analyst ranks the
 * swings from each criterion's worst to its best value, gives the most important swing 100 and rates every other
 * swing 0–100 against it; w_j = r_j / Σ_k r_k. `ranks[j]` is criterion j's place (1 = most important swing, ties
 * share a place) and `ratings[j]` its rating. Refused (typed `invalid-weights`, the path naming the criterion): a
 * rank that is not a positive integer, a rating outside 0–100, no swing rated 100 at rank 1, or a swing rated
 * above one ranked before it (the ratings would contradict the ranking).
 */
export function swingWeights(ranks: readonly number[], ratings: readonly number[]): number[] {
  if (ranks.length !== ratings.length || ranks.length === 0)
    throw new EngineError('shape', `${ranks.length} ranks for ${ratings.length} ratings`, ['swing']);
  ranks.forEach((r, j) => {
    if (!Number.isInteger(r) || r < 1)
      throw new EngineError('invalid-weights', `swing ${j}: the rank must be a positive whole number`, ['ranks', j]);
  });
  ratings.forEach((r, j) => {
    if (!Number.isFinite(r) || r < 0 || r > 100)
      throw new EngineError('invalid-weights', `swing ${j}: the rating must be between 0 and 100`, ['ratings', j]);
  });
  const top = Math.min(...ranks);
  const first = ranks.findIndex((r, j) => r === top && ratings[j] !== 100);
  if (first >= 0)
    throw new EngineError('invalid-weights', `swing ${first}: the most important swing is rated 100`, [
      'ratings',
      first,
    ]);
  for (let j = 0; j < ranks.length; j++)
    for (let k = 0; k < ranks.length; k++)
      if (ranks[k] < ranks[j] && ratings[j] > ratings[k])
        throw new EngineError(
          'invalid-weights',
          `swing ${j} is rated ${ratings[j]}, above swing ${k} (${ratings[k]}) ranked before it`,
          ['ratings', j],
        );
  return normalizeWeights(ratings, ['ratings']);
}
