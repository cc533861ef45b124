import { WorkbenchError } from '../../shared/api/errors';
import { readScenarioFile } from '../services/scenario-file';
import type { CliCommand } from './command';

/** "Export as .sewb v1 JSON": a scenario file of either version, printed as the version 1 JSON document. */
export const exportV1: CliCommand = {
  name: 'export-v1',
  usage: 'export-v1 <file.sewb> — the scenario as a .sewb version 1 JSON document (redirect it to a .sewb file)',
  async run(input) {
    if (typeof input !== 'string' || input === '')
      throw new WorkbenchError('invalid-request', 'export-v1: expected the path of a .sewb scenario file');
    return readScenarioFile(input);
  },
};
