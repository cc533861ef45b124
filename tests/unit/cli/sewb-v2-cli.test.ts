import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../electron/cli/run';
import { writeScenarioFile } from '../../../electron/services/scenario-file';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { tempDir, tinyScenario } from '../services/fixtures';

const root = join(import.meta.dirname, '../../..');

/** Runs the CLI in-process, collecting what it prints. */
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { readStdin: async () => '', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('the CLI on .sewb version 2 files', () => {
  it('score and programme read a version 2 file as they read its version 1 original', async () => {
    const v1 = join(root, 'data/scenarios/round1-as-announced.sewb');
    const v2 = join(tempDir(), 'announced.sewb');
    await writeScenarioFile(v2, ScenarioSchema.parse(JSON.parse(readFileSync(v1, 'utf8'))));
    for (const command of ['score', 'programme']) {
      const [a, b] = [await cli([command, v1]), await cli([command, v2])];
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(JSON.parse(b.stdout.replaceAll(v2, v1))).toEqual(JSON.parse(a.stdout));
    }
  });

  it('export-v1 prints the version 1 JSON document of a version 2 file', async () => {
    const v2 = join(tempDir(), 'tiny.sewb');
    await writeScenarioFile(v2, tinyScenario());
    const { code, stdout } = await cli(['export-v1', v2]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, kind: 'sewb-scenario' });
    expect(doc).toEqual(tinyScenario());
  });

  it('a truncated version 2 file exits 2 naming the file', async () => {
    const path = join(tempDir(), 'broken.sewb');
    await writeScenarioFile(path, tinyScenario());
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 40));
    const { code, stderr } = await cli(['score', path]);
    expect(code).toBe(2);
    expect(JSON.parse(stderr).error.message).toMatch(/broken\.sewb: not a readable \.sewb zip container/);
  });
});
