import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScenario } from '../programme/fixture';

const root = join(import.meta.dirname, '../../..');
const planned = join(root, 'data/scenarios/round1-as-planned.sewb');
const announced = join(root, 'data/scenarios/round1-as-announced.sewb');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sewb-compare-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real CLI (node + tsx), as `npm run --silent cli -- compare …` runs it. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'compare', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
interface Row {
  key: string;
  values: unknown[];
  differs: boolean;
}
interface Output {
  files: string[];
  scenarios: { name: string }[];
  inputs: Row[];
  outcomes: Row[];
  changes: string[];
}
const error = (stderr: string) =>
  (JSON.parse(stderr) as { error: { code: string; message: string; path: string } }).error;

/** acc 90, 80 (higher better), err 30, 10 (lower better); min-max and equal weights: composites 0.5, 0.5. */
const scenario = (accWeight: number) => {
  const s = makeScenario({
    models: [{ id: 'c1' }, { id: 'c2' }],
    observations: [
      { model: 'c1', benchmark: 'acc', value: 90 },
      { model: 'c2', benchmark: 'acc', value: 80 },
      { model: 'c1', benchmark: 'err', value: 30 },
      { model: 'c2', benchmark: 'err', value: 10 },
    ],
  });
  return { ...s, criteria: s.criteria.map((c) => (c.benchmark === 'acc' ? { ...c, weight: accWeight } : c)) };
};
const write = async (name: string, content: unknown) => {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('CLI compare', () => {
  it('prints Round 1 as planned vs as announced: the gate that differs and NAVER Cloud going out on it', () => {
    const r = cli([planned, announced]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Output;
    expect(out.scenarios.map((s) => s.name)).toEqual(['round1-as-planned.sewb', 'round1-as-announced.sewb']);
    expect(out.inputs.find((x) => x.key === 'rounds.round-1.roundGates')).toMatchObject({
      values: ['', '독자성 (independence)'],
      differs: true,
    });
    expect(out.changes).toContain('HyperCLOVA X SEED Think 32B: advances → eliminated (gate)');
    expect(out.outcomes.find((x) => x.key === 'round-outcome.round-1.vaetki-112b-a10b.status')).toMatchObject({
      values: ['eliminated-score', 'eliminated-score'],
      differs: false,
    });
  });

  it('three files: one value per file; only the changed weight and the weights it renormalizes differ', async () => {
    const a = await write('a.sewb', scenario(1));
    const b = await write('b.sewb', scenario(1));
    const c = await write('c.sewb', scenario(3));
    const r = cli([a, b, c]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.files).toEqual([a, b, c]);
    expect(out.inputs.filter((x) => x.differs).map((x) => x.key)).toEqual([
      'criteria.acc.rawWeight',
      'criteria.acc.weight',
      'criteria.err.weight',
    ]);
    expect(out.inputs.find((x) => x.key === 'criteria.acc.weight')!.values).toEqual([0.5, 0.5, 0.75]);
    // acc → 1, 0; err → 0, 1. Weights 0.5/0.5: both 0.5 (tied, rank 1); 0.75/0.25: c1 0.75, c2 0.25.
    expect(out.outcomes.find((x) => x.key === 'ranking.c2.rank')!.values).toEqual([1, 1, 2]);
    expect(out.changes).toContain('C2: rank 1 → 1 → 2');
  });

  it('one file or five: exit 2 with the count, nothing on stdout', () => {
    for (const files of [[planned], [planned, planned, planned, planned, planned]]) {
      const r = cli(files);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(error(r.stderr)).toMatchObject({
        code: 'invalid-request',
        message: `compare takes 2 to 4 .sewb files, not ${files.length}`,
      });
    }
  });

  it('a file that is missing, or not a valid scenario: exit 2 naming the file and the field', async () => {
    const missing = join(dir, 'nowhere.sewb');
    let r = cli([planned, missing]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(error(r.stderr)).toMatchObject({ code: 'not-found', path: missing });
    const bad = scenario(1);
    const broken = await write('broken.sewb', {
      ...bad,
      criteria: [{ ...bad.criteria[0], weight: -1 }, bad.criteria[1]],
    });
    r = cli([broken, planned]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(error(r.stderr)).toMatchObject({ code: 'invalid-file', path: `${broken} → criteria.0.weight` });
    expect(error(r.stderr).message).toMatch(/broken\.sewb: criteria\.0\.weight/);
    const text = await write('text.sewb', 'not json');
    r = cli([planned, text]);
    expect(r.code).toBe(2);
    expect(error(r.stderr).message).toMatch(/text\.sewb/);
  });
});
