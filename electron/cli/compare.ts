import { basename } from 'node:path';
import { WorkbenchError } from '../../shared/api/errors';
import { compareScenarios, MAX_COMPARED, MIN_COMPARED } from '../../shared/evaluation/compare';
import { readScenarioFile } from '../services/scenario-file';
import type { CliCommand } from './command';

/**
 * `compare a.sewb b.sewb [c.sewb d.sewb]`: the scenarios side by side (shared/evaluation/compare): the inputs and
 * the outcomes row by row with every difference flagged, and a change line per outcome that changes. Each file is
 * named by its file name; a file that cannot be read or is not a valid scenario exits 2 naming it and the field.
 */
export const compare: CliCommand = {
  name: 'compare',
  usage: `compare <a.sewb> <b.sewb> [c.sewb d.sewb] — ${MIN_COMPARED} to ${MAX_COMPARED} scenario files: {scenarios, inputs, outcomes, changes, problems}; each row {section, key, subject, context, field, kind, values (one per file), differs}`,
  async run(input) {
    const paths = input as string[];
    if (paths.length < MIN_COMPARED || paths.length > MAX_COMPARED)
      throw new WorkbenchError(
        'invalid-request',
        `compare takes ${MIN_COMPARED} to ${MAX_COMPARED} .sewb files, not ${paths.length}`,
        null,
      );
    const scenarios = [];
    for (const path of paths) scenarios.push({ name: basename(path), scenario: await readScenarioFile(path) });
    const comparison = compareScenarios(scenarios);
    return { files: paths, ...comparison };
  },
};
