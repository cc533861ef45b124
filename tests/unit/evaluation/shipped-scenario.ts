import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { weightsWith } from '../../../shared/engine/sensitivity';

/** The shipped default scenario, read from its file. */
export const shipped = ScenarioSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../data/scenarios/default.sewb'), 'utf8')),
);

/** The scenario with criterion k's normalized weight set to t and the others scaled proportionally. */
export function withWeight(scenario: Scenario, k: number, t: number): Scenario {
  const total = scenario.criteria.reduce((a, c) => a + c.weight, 0);
  const next = weightsWith(
    scenario.criteria.map((c) => c.weight / total),
    k,
    t,
  );
  return { ...scenario, criteria: scenario.criteria.map((c, j) => ({ ...c, weight: 100 * next[j] })) };
}
