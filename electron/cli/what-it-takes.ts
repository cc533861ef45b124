import { WorkbenchError } from '../../shared/api/errors';
import { parseGoal, whatItTakes } from '../../shared/evaluation/what-it-takes/index';
import { readScenarioFile } from '../services/scenario-file';
import type { CliCommand } from './command';
import { engine } from './input-error';

const OPTIONS = ['--model', '--goal'] as const;

/** `--model <id> --goal <goal>` (also `--model=<id>`), each once; anything else is refused naming it. */
function readOptions(args: readonly string[]): { model: string; goal: string } {
  const found = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].includes('=') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
    if (!(OPTIONS as readonly string[]).includes(name))
      throw new WorkbenchError('invalid-request', `${name}: unknown option (use --model <id> --goal <goal>)`, name);
    const value = inline ?? args[++i];
    if (value === undefined || value === '')
      throw new WorkbenchError('invalid-request', `${name}: a value is needed`, name);
    if (found.has(name)) throw new WorkbenchError('invalid-request', `${name}: given twice`, name);
    found.set(name, value);
  }
  for (const name of OPTIONS)
    if (!found.has(name)) throw new WorkbenchError('invalid-request', `${name}: required`, name);
  return { model: found.get('--model')!, goal: found.get('--goal')! };
}

/** What it takes for a model to reach a goal in a .sewb scenario (shared/evaluation/what-it-takes). */
export const whatItTakesCommand: CliCommand = {
  name: 'what-it-takes',
  usage:
    'what-it-takes <file.sewb> --model <id> --goal rank:<k>|overtake:<id>|frontier|cut:<round> — per benchmark the value needed, per points component the points, per weight the weight, each exact or by bisection with its tolerance',
  async run(input, options = []) {
    if (typeof input !== 'string' || input === '')
      throw new WorkbenchError('invalid-request', 'what-it-takes: expected the path of a .sewb scenario file');
    const { model, goal } = readOptions(options);
    const parsed = parseGoal(goal, '--goal');
    const scenario = await readScenarioFile(input);
    return {
      file: input,
      scenario: scenario.name,
      ...engine(() => whatItTakes(scenario, model, parsed, { model: '--model', goal: '--goal' })),
    };
  },
};
