import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sewb-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the real CLI (node + tsx) with a file argument or stdin. */
function cli(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (text: string) => JSON.parse(text) as Record<string, unknown>;
const file = async (name: string, content: unknown) => {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const topsisProblem = {
  alternatives: ['A1', 'A2', 'A3'],
  criteria: [
    { id: 'cost', direction: 'cost' },
    { id: 'quality', direction: 'benefit' },
  ],
  matrix: [
    [1, 3000],
    [2, 3750],
    [5, 4500],
  ],
  weights: [1, 1],
  method: { name: 'topsis' },
};

describe('the headless CLI', () => {
  it('npm run --silent cli -- rank <file> prints the ranking as JSON and exits 0', async () => {
    const path = await file('topsis.json', topsisProblem);
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'rank', path], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = json(r.stdout);
    expect((out.scores as number[]).map((x) => Number(x.toFixed(3)))).toEqual([0.5, 0.617, 0.5]);
    expect(out.better).toBe('higher');
    expect(out.order).toEqual(['A2', 'A1', 'A3']);
    expect(out.rank).toEqual([2, 1, 2]);
    expect((out.details as { normalized: number[][] }).normalized).toHaveLength(3);
    expect(r.stderr).toBe('');
  });

  it('rank from stdin: VIKOR details carry S, R, Q and the compromise set by id', () => {
    const r = cli(['rank', '-'], JSON.stringify({ ...topsisProblem, method: { name: 'vikor', v: 0.5 } }));
    expect(r.code).toBe(0);
    const d = json(r.stdout).details as Record<string, unknown>;
    expect(d.Q).toEqual([1, 0, 1]);
    expect(d.S).toEqual([0.5, 0.375, 0.5]);
    expect(d.compromise_set).toEqual(['A2']);
  });

  it('PROMETHEE II reports phi_plus, phi_minus and phi with per-criterion preference functions', () => {
    const r = cli(
      ['rank', '-'],
      JSON.stringify({
        alternatives: ['a', 'b', 'c'],
        criteria: ['x', 'y', 'z'].map((id) => ({ id, direction: 'benefit', preference: { type: 'usual' } })),
        matrix: [
          [4, 3, 2],
          [3, 2, 4],
          [5, 1, 3],
        ],
        weights: [0.5, 0.3, 0.2],
        method: { name: 'promethee2' },
      }),
    );
    expect(r.code).toBe(0);
    const d = json(r.stdout).details as Record<string, number[]>;
    expect(d.phi.map((x) => Number(x.toFixed(2)))).toEqual([0.1, -0.3, 0.2]);
    expect(d.phi_plus).toHaveLength(3);
  });

  it('an array of inputs gives an array of outputs', () => {
    const r = cli(
      ['compare-ranks', '-'],
      JSON.stringify([
        { a: [1, 2, 3, 4, 5], b: [1, 3, 2, 4, 5] },
        { a: [1, 2, 3], b: [3, 2, 1] },
      ]),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, number>[];
    expect(out).toHaveLength(2);
    expect(out[0].spearman).toBeCloseTo(0.9, 12);
    expect(Number(out[0].weighted_spearman.toFixed(4))).toBe(0.8833);
    expect(Number(out[0].ws.toFixed(4))).toBe(0.8542);
    expect(out[0].kendall_tau_b).toBeCloseTo(0.8, 12);
    expect(out[1].kendall_tau_b).toBe(-1);
  });

  it('weights: AHP, ROC and entropy', async () => {
    const ahp = cli(
      ['weights', '-'],
      JSON.stringify({
        method: 'ahp',
        pairwise: [
          [1, 3, 5],
          [1 / 3, 1, 3],
          [1 / 5, 1 / 3, 1],
        ],
        priority: 'eigenvector',
      }),
    );
    expect(ahp.code).toBe(0);
    const a = json(ahp.stdout) as { weights: number[]; lambda_max: number; ci: number; cr: number };
    expect(a.weights.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(a.cr).toBeCloseTo(a.ci / 0.58, 12);
    const roc = cli(['weights', '-'], JSON.stringify({ method: 'roc', n: 3 }));
    expect((json(roc.stdout).weights as number[]).map((x) => Number(x.toFixed(4)))).toEqual([0.6111, 0.2778, 0.1111]);
    // rank-reciprocal, n = 4: (1/k) / (25/12)
    const reciprocal = cli(['weights', '-'], JSON.stringify({ method: 'rank-reciprocal', n: 4 }));
    expect((json(reciprocal.stdout).weights as number[]).map((x) => Number(x.toFixed(12)))).toEqual([
      0.48, 0.24, 0.16, 0.12,
    ]);
    const entropy = cli([
      'weights',
      await file('entropy.json', {
        method: 'entropy',
        matrix: [
          [30, 30, 38, 29],
          [19, 54, 86, 29],
          [19, 15, 85, 28.9],
          [68, 70, 60, 29],
        ],
        directions: ['benefit', 'benefit', 'benefit', 'benefit'],
      }),
    ]);
    expect((json(entropy.stdout).weights as number[]).map((x) => Number(x.toFixed(4)))).toEqual([
      0.463, 0.3992, 0.1378, 0,
    ]);
  });

  it('aggregate-ranks with Borda and smaa with a seed', () => {
    const b = cli(
      ['aggregate-ranks', '-'],
      JSON.stringify({
        method: 'borda',
        rankings: [
          [1, 2, 3],
          [2, 1, 3],
          [1, 3, 2],
        ],
      }),
    );
    expect(json(b.stdout)).toEqual({ points: [5, 3, 1], rank: [1, 2, 3] });
    const input = {
      alternatives: ['x', 'y'],
      criteria: [
        { id: 'c1', direction: 'benefit' },
        { id: 'c2', direction: 'benefit' },
      ],
      // y dominates x on both criteria whatever the draw, so y is always first.
      measurements: [
        [{ exact: 0 }, { exact: 0 }],
        [{ exact: 1 }, { normal: [1, 0.1] }],
      ],
      weights: { kind: 'ordinal', order: ['c2', 'c1'] },
      samples: 2000,
      seed: 9,
      cut: 1,
    };
    const first = cli(['smaa', '-'], JSON.stringify(input));
    expect(first.code).toBe(0);
    const out = json(first.stdout) as {
      rank_acceptability: number[][];
      below_cut: number[];
      central_weights: unknown[];
      confidence: unknown[];
    };
    expect(out.rank_acceptability[1][0]).toBe(1);
    expect(out.below_cut).toEqual([1, 0]);
    expect(out.central_weights[0]).toBeNull();
    expect(cli(['smaa', '-'], JSON.stringify(input)).stdout).toBe(first.stdout);
  });

  it('invalid input exits 2 with {"error":{code,message,path}} on stderr naming the field', () => {
    const bad = cli(['rank', '-'], JSON.stringify({ ...topsisProblem, matrix: [[1, 3000], [2], [5, 4500]] }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    const err = json(bad.stderr).error as { code: string; message: string; path: string };
    expect(err.code).toBe('invalid-request');
    expect(err.path).toBe('matrix.1');
    expect(err.message).toMatch(/expected 2 values/);

    const method = cli(['rank', '-'], JSON.stringify({ ...topsisProblem, method: { name: 'electre' } }));
    expect(method.code).toBe(2);
    expect((json(method.stderr).error as { path: string }).path).toBe('method.name');
  });

  it('engine errors, bad JSON, unknown commands and missing files also exit 2', async () => {
    const negative = cli(
      ['rank', '-'],
      JSON.stringify({
        ...topsisProblem,
        matrix: [
          [-1, 3000],
          [2, 3750],
          [5, 4500],
        ],
        method: { name: 'wsm', normalization: 'sum' },
      }),
    );
    expect(negative.code).toBe(2);
    expect((json(negative.stderr).error as { message: string }).message).toMatch(/negative-value/);

    const broken = cli(['rank', await file('broken.json', '{"alternatives": [')]);
    expect(broken.code).toBe(2);
    expect((json(broken.stderr).error as { code: string }).code).toBe('invalid-file');

    expect(cli(['frobnicate', '-'], '{}').code).toBe(2);
    const missing = cli(['rank', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect((json(missing.stderr).error as { code: string }).code).toBe('not-found');
  });

  it('in an array, the failing element is named by its index and nothing is printed', () => {
    const r = cli(
      ['compare-ranks', '-'],
      JSON.stringify([
        { a: [1, 2], b: [2, 1] },
        { a: [1, 2], b: [1] },
      ]),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect((json(r.stderr).error as { path: string }).path).toBe('1.b');
  });

  it('numbers right or refused (issue 9): mixed directions, extremes, all weights at their edges', () => {
    const problem = (
      matrix: number[][],
      directions: string[],
      normalization: string,
      weights = matrix[0].map(() => 1),
    ) => ({
      alternatives: matrix.map((_, i) => `m${i}`),
      criteria: directions.map((direction, j) => ({ id: `c${j}`, direction })),
      matrix,
      weights,
      method: { name: 'wsm', normalization },
    });
    const r = cli(
      ['rank', '-'],
      JSON.stringify([
        // sum: benefit 1/4, 3/4; cost (1/x)/Σ(1/x) = ½, ½ → 0.375, 0.625
        problem(
          [
            [1, 1],
            [3, 1],
          ],
          ['benefit', 'cost'],
          'sum',
        ),
        // min-max over a span that overflows a double: 0, ½, 1
        problem([[-1e308], [0], [1e308]], ['benefit'], 'minmax'),
        // weights 1e308, 1e308 weigh ½ each
        problem(
          [
            [0, 1],
            [1, 1],
          ],
          ['benefit', 'benefit'],
          'minmax',
          [1e308, 1e308],
        ),
      ]),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [mixed, extreme, heavy] = JSON.parse(r.stdout) as { scores: number[]; order: string[]; weights: number[] }[];
    expect(mixed.order).toEqual(['m1', 'm0']);
    expect(mixed.scores[0]).toBeCloseTo(0.375, 15);
    expect(mixed.scores[1]).toBeCloseTo(0.625, 15);
    expect(extreme.scores).toEqual([0, 0.5, 1]);
    expect(heavy.weights).toEqual([0.5, 0.5]);
  });

  it('refuses what it cannot compute (issue 9): bad ranks, WPM over zeros — exit 2 naming the field', () => {
    const ranks = cli(['compare-ranks', '-'], JSON.stringify({ a: [0, -3, 7], b: [1, 2, 3] }));
    expect(ranks.code).toBe(2);
    expect(ranks.stdout).toBe('');
    expect(json(ranks.stderr).error).toMatchObject({ code: 'invalid-request', path: 'a.0' });

    const borda = cli(
      ['aggregate-ranks', '-'],
      JSON.stringify({
        method: 'borda',
        rankings: [
          [1, 2],
          [3, 1],
        ],
      }),
    );
    expect(borda.code).toBe(2);
    expect(json(borda.stderr).error).toMatchObject({ path: 'rankings.1.0' });

    const wpm = cli(
      ['rank', '-'],
      JSON.stringify({ ...topsisProblem, method: { name: 'wpm', normalization: 'minmax' } }),
    );
    expect(wpm.code).toBe(2);
    expect(wpm.stdout).toBe('');
    const err = json(wpm.stderr).error as { message: string; path: string };
    expect(err.message).toMatch(/zero-value: .*linear normalization/);
    // min-max gives the lowest quality (3000, row 0, criterion 1) the value 0
    expect(err.path).toBe('matrix.0.1');
  });
});
