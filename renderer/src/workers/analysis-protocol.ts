import type { Evaluation } from '../../../shared/engine/evaluate';
import type { RankingAcceptabilityResult, WeightBelief } from '../../../shared/engine/ranking-acceptability';
import type { WeightStabilityResult } from '../../../shared/engine/weight-stability';

/** What the Results view asks of the analysis worker: SMAA-2 rank acceptability or WSM weight stability. */
export type AnalysisTask =
  | { kind: 'acceptability'; evaluation: Evaluation; belief: WeightBelief; samples: number; seed: number }
  | { kind: 'stability'; evaluation: Evaluation };

export type AnalysisOutcome<K extends AnalysisTask['kind']> = K extends 'acceptability'
  ? RankingAcceptabilityResult
  : WeightStabilityResult;

/** Messages between a robustness table and its worker (structured-cloned plain data). */
export type AnalysisRequest = AnalysisTask & {
  type: 'analysis';
  /** Echoed in the answer, so an answer to a superseded request can be told apart. */
  id: number;
};

export type AnalysisMessage =
  | { type: 'result'; id: number; result: RankingAcceptabilityResult | WeightStabilityResult }
  | { type: 'error'; id: number; message: string };
