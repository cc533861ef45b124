import { fromZodError, WorkbenchError } from '../../shared/api/errors';
import { ScenarioSchema } from '../../shared/domain/scenario';
import { evaluateProgramme, scenarioProgramme } from '../../shared/evaluation/programme/programme';
import type { CliCommand } from './command';

/**
 * `programme <file.sewb>`: the scenario file's programme played out — the frontier test, each round
 * (gates, points, `cutLine` and each team's margin = total − cutLine, as the Rounds view shows them) and, when the scenario's uncertainty is enabled, the seeded Monte
 * Carlo probabilities of elimination and of the lowest total.
 */
export const programme: CliCommand = {
  name: 'programme',
  usage:
    'programme <file.sewb | -> — a scenario with a `programme`: frontier ratios and pass/fail, round outcomes (who advances, who is eliminated by a gate or by score, the cut line and margins = total − cut line), and elimination probabilities when uncertainty is enabled',
  async run(input: unknown): Promise<unknown> {
    const parsed = ScenarioSchema.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error, 'invalid-request', 'scenario');
    const scenario = parsed.data;
    const rules = scenarioProgramme(scenario);
    if (!rules) throw new WorkbenchError('invalid-request', 'the scenario has no programme', 'programme');
    return { scenario: scenario.name, ...evaluateProgramme(scenario, rules) };
  },
};
