import type { Benchmark } from '../domain/dataset';

/**
 * The unit ../shared/reference/README.md gives a team's own average over a benchmark set (e.g. LG's average of the
 * 13 round-1 common benchmarks, `lg-r1-common13-avg`): a figure to check claims against, not a benchmark score in its
 * own right, so it is kept out of the default criteria.
 */
const TEAM_AVERAGE_UNIT = 'points (average)';

/** The mark the default dataset puts at the start of such a benchmark's note. */
export const TEAM_AVERAGE_NOTE = 'Not a benchmark score: a team’s own average over a benchmark set.';

export const isTeamAverage = (benchmark: Pick<Benchmark, 'unit'>): boolean => benchmark.unit === TEAM_AVERAGE_UNIT;
