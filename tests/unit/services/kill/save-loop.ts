/**
 * The child process of the kill test: saves a scenario to `target` in a loop with the services' own
 * atomic write, until it is killed. Usage: save-loop <target> <scenario.json> <first n> <hang at n | -1>.
 * At save `hang at n` it stops before the rename (as a kill mid-write would leave it) and says "hung".
 */
import { readFileSync } from 'node:fs';
import { nodeAtomicFs, type AtomicFs } from '../../../../electron/services/atomic-write';
import { writeScenarioFile } from '../../../../electron/services/scenario-file';
import { ScenarioSchema } from '../../../../shared/domain/scenario';
import { notesFor } from './save-format';

const [target, scenarioFile, first, hangAt] = process.argv.slice(2);
const base = ScenarioSchema.parse(JSON.parse(readFileSync(scenarioFile, 'utf8')));
let n = Number(first);

const fs: AtomicFs = {
  ...nodeAtomicFs,
  rename(from, to) {
    if (n !== Number(hangAt)) return nodeAtomicFs.rename(from, to);
    process.stdout.write('hung\n');
    // A pending promise alone does not keep Node running: without the timer the child could exit before the kill.
    setInterval(() => undefined, 60_000);
    return new Promise(() => undefined);
  },
};

async function main(): Promise<void> {
  process.stdout.write('ready\n');
  for (;;) {
    n += 1;
    await writeScenarioFile(target, { ...base, notes: notesFor(n) }, fs);
  }
}

void main();
