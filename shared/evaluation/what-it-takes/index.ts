import type { Scenario } from '../../domain/scenario';
import { indexDataset } from '../../dataset/index';
import { scenarioProgramme } from '../programme/programme';
import { benchmarkAnswers, type BenchmarkAnswer } from './benchmarks';
import { checkGoal, goalText, type Goal, type GoalPaths } from './goal';
import { pointsAnswers, type PointsAnswer } from './points';
import { probeGoal } from './probe';
import { weightAnswers, type WeightAnswer } from './weights';

export { parseGoal, type Goal } from './goal';
export type { BenchmarkAnswer } from './benchmarks';
export type { PointsAnswer } from './points';
export type { WeightAnswer } from './weights';

export interface WhatItTakes {
  model: string;
  name: string;
  goal: Goal;
  /** The goal as text: rank:<k>, overtake:<id>, frontier, cut:<round>. */
  goalText: string;
  /** True when the goal already holds (every lever then says "holds": nothing to change). */
  holdsNow: boolean;
  /** One lever at a time, everything else as it is. */
  benchmarks: BenchmarkAnswer[];
  points: PointsAnswer[];
  weights: WeightAnswer[];
}

/**
 * What it takes for `model` to reach `goal` (see goal.ts): the smallest change of one lever at a time — one
 * benchmark value of the model (within the benchmark's scale), one points component of a round (cut goals), one
 * criterion weight (rank and overtake goals, WSM) — that makes the goal hold as the app reads it, with how each
 * answer was found (closed form or bisection) and its tolerance. Throws an invalid-request error naming the model or
 * the goal (as `paths` calls them) when they do not fit the scenario.
 */
export function whatItTakes(scenario: Scenario, model: string, goal: Goal, paths?: GoalPaths): WhatItTakes {
  const programme = scenarioProgramme(scenario);
  checkGoal(scenario, programme, model, goal, paths);
  const holdsNow = probeGoal(scenario, programme, model, goal).holds;
  return {
    model,
    name: indexDataset(scenario.dataset).models.get(model)?.name ?? model,
    goal,
    goalText: goalText(goal),
    holdsNow,
    benchmarks: benchmarkAnswers(scenario, programme, model, goal, holdsNow),
    points: pointsAnswers(scenario, programme, model, goal, holdsNow),
    weights: weightAnswers(scenario, model, goal, holdsNow),
  };
}
