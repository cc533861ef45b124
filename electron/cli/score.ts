import { WorkbenchError } from '../../shared/api/errors';
import { insufficientReason } from '../../shared/evaluation/coverage';
import { evaluateScenario } from '../../shared/evaluation/evaluate';
import { readScenarioFile } from '../services/scenario-file';
import type { CliCommand } from './command';
import { engine } from './input-error';

/** Scores a .sewb file exactly as the app's Results view does (shared/evaluation/evaluate.ts). */
export const score: CliCommand = {
  name: 'score',
  usage:
    'score <file.sewb> — {scenario, method, normalization, better, criteria:[{benchmark, name, rawWeight, weight, used}], alternatives:[{rank, model, name, composite, contributions, coverage, insufficientData?}] best first (insufficient data after the rest), minCoverage}',
  async run(input) {
    if (typeof input !== 'string' || input === '')
      throw new WorkbenchError('invalid-request', 'score: expected the path of a .sewb scenario file');
    const scenario = await readScenarioFile(input);
    const evaluation = engine(() => evaluateScenario(scenario));
    const byModel = new Map(evaluation.alternatives.map((a) => [a.model, a]));
    return {
      file: input,
      scenario: scenario.name,
      method: evaluation.method,
      normalization: evaluation.normalization,
      missing: evaluation.missingPolicy,
      better: evaluation.better,
      criteria: evaluation.criteria.map((c) => ({
        benchmark: c.benchmark,
        name: c.name,
        direction: c.direction,
        rawWeight: c.rawWeight,
        weight: c.weight,
        used: c.used,
      })),
      alternatives: evaluation.order.map((model) => {
        const a = byModel.get(model)!;
        return {
          rank: a.rank,
          model: a.model,
          name: a.name,
          composite: a.composite,
          contributions: a.contributions,
          imputed: a.imputed,
          coverage: { present: a.coverage.present, total: a.coverage.total, share: a.coverage.share },
          ...(a.coverage.insufficient ? { insufficientData: insufficientReason(a.coverage) } : {}),
        };
      }),
      minCoverage: evaluation.minCoverage,
      notes: evaluation.notes,
    };
  },
};
