import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvValue } from '../claims/reference-csv';

const root = join(import.meta.dirname, '../../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sewb-claims-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface ClaimOut {
  id: string;
  status: string;
  figure?: number;
  source: string;
  missing?: { kind: string; message: string; model?: string; benchmark?: string }[];
  cells: { model: string; benchmark: string; value: number; sources: string[] }[];
}
/** The real CLI as the acceptance check runs it: npm run --silent cli -- claims [file]. */
function claimsCli(...args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'claims', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const byId = (stdout: string) => new Map((JSON.parse(stdout) as { claims: ClaimOut[] }).claims.map((c) => [c.id, c]));

const LG = 'https://biz.heraldcorp.com/article/10645893';
const AX = 'https://github.com/SKT-AI/A.X-K1/blob/main/README.md';

describe('npm run --silent cli -- claims', () => {
  it('on the shipped scenario (no file given): LG’s 104% / 103% and A.X K1’s 110% verified, 148% not checkable', () => {
    const r = claimsCli();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const claims = byId(r.stdout);
    const exaone = csvValue('k-exaone-236b-a23b', 'lg-r1-common13-avg');
    const qwen = csvValue('qwen3-235b-unspecified', 'lg-r1-common13-avg');
    const gptOss = csvValue('gpt-oss-120b', 'lg-r1-common13-avg', { source: LG });
    const vsQwen = claims.get('lg-common13-vs-qwen3')!;
    expect(vsQwen.status).toBe('verified');
    expect(vsQwen.figure).toBeCloseTo((100 * exaone) / qwen, 9);
    expect(Math.round(vsQwen.figure!)).toBe(104);
    expect(vsQwen.cells.every((c) => c.sources.includes(LG))).toBe(true);
    const vsGptOss = claims.get('lg-common13-vs-gpt-oss')!;
    expect(vsGptOss.status).toBe('verified');
    expect(vsGptOss.figure).toBeCloseTo((100 * exaone) / gptOss, 9);
    expect(Math.round(vsGptOss.figure!)).toBe(103);

    const korean = claims.get('skt-korean-110')!;
    const ax = (model: string) => csvValue(model, 'livecodebench-ko', { setting: 'think', source: AX });
    expect(korean.status).toBe('verified');
    expect(korean.figure).toBeCloseTo((100 * ax('ax-k1-519b-a33b')) / ax('deepseek-v3.1'), 9);
    expect(korean.cells.map((c) => c.benchmark)).toEqual(['livecodebench-ko', 'livecodebench-ko']);

    const if148 = claims.get('skt-instruction-148')!;
    expect(if148.status).toBe('not-checkable');
    expect(if148.figure).toBeUndefined();
    expect(if148.missing).toHaveLength(1);
    expect(if148.missing![0]).toMatchObject({ kind: 'no-check' });
    expect(if148.missing![0].message).toMatch(/no check can be formed: the benchmark and the figures behind 148%/);
  });

  it('names the models without a value when a rank cannot be checked', () => {
    const rank = byId(claimsCli(join(root, 'data/scenarios/default.sewb')).stdout).get('naver-agent-first-40b')!;
    expect(rank.status).toBe('not-checkable');
    expect(rank.missing!.map((m) => m.message)).toContain('no value for qwen3-32b on tau2-telecom');
  });

  it('follows a what-if override saved in the file: the baseline raised to A.X K1’s value contradicts 110%', async () => {
    const scenario = JSON.parse(await readFile(join(root, 'data/scenarios/default.sewb'), 'utf8')) as {
      overrides: unknown[];
    };
    const same = csvValue('ax-k1-519b-a33b', 'livecodebench-ko', { setting: 'think', source: AX });
    scenario.overrides.push({ model: 'deepseek-v3.1', benchmark: 'livecodebench-ko', value: same, note: '' });
    const path = join(dir, 'override.sewb');
    await writeFile(path, JSON.stringify(scenario));
    const korean = byId(claimsCli(path).stdout).get('skt-korean-110')!;
    expect(korean).toMatchObject({ status: 'contradicted', figure: 100 });
  });

  it('refuses a claim naming an unknown model with exit 2 and the field path', async () => {
    const scenario = JSON.parse(await readFile(join(root, 'data/scenarios/default.sewb'), 'utf8')) as {
      claims: { check: { model?: string } }[];
    };
    scenario.claims[0].check.model = 'no-such-model';
    const path = join(dir, 'bad.sewb');
    await writeFile(path, JSON.stringify(scenario));
    const r = claimsCli(path);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const error = (JSON.parse(r.stderr) as { error: { code: string; message: string; path: string } }).error;
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain('claims.0.check.model: unknown model no-such-model');
  });

  it('a missing file: exit 2 with the error envelope', () => {
    const r = claimsCli(join(dir, 'nope.sewb'));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'not-found' } });
  });
});
