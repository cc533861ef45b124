import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { rankingAcceptability, weightStability } from '../../../shared/evaluation/robustness';
import type { AnalysisMessage, AnalysisRequest } from './analysis-protocol';

/**
 * The analysis worker's message handler, free of worker globals so tests and the in-process fallback run it
 * directly: one SMAA-2 rank acceptability or weight-stability run, answered with the request's id.
 */
export function handleAnalysisRequest(req: AnalysisRequest, post: (m: AnalysisMessage) => void): void {
  try {
    // Both read only the analysed fields (usedMatrix: criteria, normalized values; the alternatives' ids).
    const evaluation = req.evaluation as Evaluation;
    const result =
      req.kind === 'acceptability'
        ? rankingAcceptability(evaluation, req.belief, req.samples, req.seed)
        : weightStability(evaluation);
    post({ type: 'result', id: req.id, result });
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
}
