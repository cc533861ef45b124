import type { EvaluatedAlternative, Evaluation } from '../../../shared/evaluation/evaluate';
import type { WeightBelief } from '../../../shared/engine/ranking-acceptability';
import type { RankingAcceptabilityResult, WeightStabilityResult } from '../../../shared/evaluation/robustness';

/** What the Results view asks of the analysis worker: SMAA-2 rank acceptability or WSM weight stability. */
export type AnalysisTask =
  | { kind: 'acceptability'; evaluation: Evaluation; belief: WeightBelief; samples: number; seed: number }
  | { kind: 'stability'; evaluation: Evaluation };

export type AnalysisOutcome<K extends AnalysisTask['kind']> = K extends 'acceptability'
  ? RankingAcceptabilityResult
  : WeightStabilityResult;

/**
 * What the analyses read of an evaluation, as plain data: its alternatives build their cells lazily, through
 * closures a worker message cannot carry, and the analyses need only the ids and coverage, the criteria and the
 * normalized matrix.
 */
export type AnalysedEvaluation = Pick<Evaluation, 'criteria' | 'normalizedValues' | 'contributionsAvailable'> & {
  alternatives: Pick<EvaluatedAlternative, 'model' | 'coverage'>[];
};

/** Messages between a robustness table and its worker (structured-cloned plain data). */
export type AnalysisRequest = (
  | { kind: 'acceptability'; evaluation: AnalysedEvaluation; belief: WeightBelief; samples: number; seed: number }
  | { kind: 'stability'; evaluation: AnalysedEvaluation }
) & {
  type: 'analysis';
  /** Echoed in the answer, so an answer to a superseded request can be told apart. */
  id: number;
};

/** The request for `task`: the same analysis over the evaluation's analysed fields. */
export function analysisRequest(task: AnalysisTask, id: number): AnalysisRequest {
  const { criteria, normalizedValues, contributionsAvailable, alternatives } = task.evaluation;
  const evaluation = {
    criteria,
    normalizedValues,
    contributionsAvailable,
    alternatives: alternatives.map((a) => ({ model: a.model, coverage: a.coverage })),
  };
  return { ...task, evaluation, type: 'analysis', id };
}

export type AnalysisMessage =
  | { type: 'result'; id: number; result: RankingAcceptabilityResult | WeightStabilityResult }
  | { type: 'error'; id: number; message: string };
