import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, disagreements, referenceAnswer, type EngineAnswer } from '../engine/reference/agreement';
import { METHODS, NORMS, type Problem } from '../engine/reference/mcda-reference';
import { CONFIGS, problemArbitrary, type Config } from '../engine/reference/problems';

/**
 * A differential of the headless CLI against the independent reference (tests/unit/engine/reference): a few
 * thousand generated problems (every method × normalization, every configuration of values: mixed directions,
 * offsets, constant columns, ties, one alternative, zeros, negatives, huge, tiny, extreme weights) go through
 * `npm run --silent cli -- rank -` as one JSON array per batch, and every output is compared with the reference
 * (tolerance in agreement.ts). A crash, a non-finite number or null anywhere in the output, or a disagreement
 * fails; inputs the reference refuses must exit 2 with a located error.
 */
const root = join(import.meta.dirname, '../../..');
/** Problems per configuration; fewer of the extreme ones, whose typed refusals each cost one more CLI run. */
const PER_CONFIG = 300;
const PER_EXTREME_CONFIG = 120;
const SEED = 20261201;
/** Each engine refusal in a batch costs one more CLI run (the rest is sent again); past this the batch stops. */
const MAX_REFUSALS = 30;
const TIMEOUT = 300_000;

function cli(input: unknown) {
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'rank', '-'], {
    cwd: root,
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI's JSON for a problem (README "Headless CLI"). */
function cliInput(p: Problem) {
  return {
    alternatives: p.matrix.map((_, i) => `a${i}`),
    criteria: p.dirs.map((direction, j) => ({ id: `c${j}`, direction, preference: p.preferences?.[j] })),
    matrix: p.matrix,
    weights: p.weights,
    method: { name: p.method, normalization: p.normalization, v: p.v },
    references: p.context?.references,
    baselines: p.context?.baselines,
    bests: p.context?.bests,
  };
}

/** Paths of every null or non-finite number in a JSON value. */
function nonFinite(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}.${i}`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

interface ErrorBody {
  code: string;
  message: string;
  path: string | null;
}
const errorOf = (stderr: string) => (JSON.parse(stderr) as { error: ErrorBody }).error;
/** The engine's code inside an invalid-request message ("[3] negative-value: …"), if any. */
const engineCode = (message: string) => /^(?:\[\d+\] )?([a-z-]+): /.exec(message)?.[1] ?? null;

const sample = (config: Config) =>
  fc.sample(problemArbitrary(config, METHODS, NORMS), {
    seed: SEED,
    numRuns: config.extreme ? PER_EXTREME_CONFIG : PER_CONFIG,
  });

/**
 * Runs a batch through the CLI. A located refusal (exit 2, path prefixed with the element's index) takes that
 * element out as refused and the rest is sent again; more than `maxRefusals` of them ends the batch.
 */
function runBatch(problems: Problem[], maxRefusals: number) {
  const answers = new Map<number, EngineAnswer>();
  const output = new Map<number, unknown>();
  let pending = problems.map((_, i) => i);
  const failures: string[] = [];
  for (let round = 0; pending.length > 0; round++) {
    const r = cli(pending.map((i) => cliInput(problems[i])));
    if (r.code === 0) {
      const outputs = JSON.parse(r.stdout) as { scores: unknown[]; rank: unknown[]; better: unknown }[];
      expect(outputs).toHaveLength(pending.length);
      pending.forEach((i, k) => {
        answers.set(i, { kind: 'scores', ...outputs[k] });
        output.set(i, outputs[k]);
      });
      break;
    }
    if (r.code !== 2) {
      failures.push(`exit ${r.code}: ${r.stderr.slice(0, 500)}`);
      break;
    }
    const error = errorOf(r.stderr);
    const index = Number(/^\[(\d+)\]/.exec(error.message)?.[1] ?? NaN);
    if (!Number.isInteger(index)) {
      failures.push(`exit 2 without the failing element's index: ${r.stderr.slice(0, 500)}`);
      break;
    }
    const i = pending[index];
    answers.set(i, {
      kind: 'refused',
      code: engineCode(error.message),
      located: !!error.path && error.path.startsWith(`${index}.`),
      message: error.message,
    });
    pending = pending.filter((k) => k !== i);
    if (round + 1 > maxRefusals) {
      const refusals = [...answers.values()].flatMap((a) => (a.kind === 'refused' ? [a.message.slice(0, 160)] : []));
      failures.push(`more than ${maxRefusals} refusals in one batch:\n    ${refusals.slice(0, 10).join('\n    ')}`);
      break;
    }
  }
  return { answers, output, failures };
}

describe('CLI rank differential against the reference', () => {
  const problems = CONFIGS.flatMap((config) => sample(config).map((p) => ({ p, config })));
  const valid = problems.filter(({ p }) => referenceAnswer(p).kind === 'scores');
  const refused = problems.filter(({ p }) => referenceAnswer(p).kind === 'refused');

  it(`generates a few thousand problems: every method and normalization, ${CONFIGS.length} configurations`, () => {
    expect(problems.length).toBe(CONFIGS.reduce((n, c) => n + (c.extreme ? PER_EXTREME_CONFIG : PER_CONFIG), 0));
    for (const method of METHODS) expect(problems.some(({ p }) => p.method === method)).toBe(true);
    for (const kind of NORMS)
      expect(problems.some(({ p }) => ['wsm', 'wpm', 'topsis'].includes(p.method) && p.normalization === kind)).toBe(
        true,
      );
    expect(valid.length).toBeGreaterThan(2000);
  });

  for (const extreme of [false, true]) {
    const batch = valid.filter(({ config }) => !!config.extreme === extreme);
    it(
      `${extreme ? 'extreme magnitudes' : 'ordinary and adversarial values'}: ${batch.length} problems in one array, every output agrees, is finite and has no null`,
      () => {
        const { answers, output, failures } = runBatch(
          batch.map(({ p }) => p),
          MAX_REFUSALS,
        );
        const byMethod = new Map<string, number>();
        batch.forEach(({ p }, i) => {
          const answer = answers.get(i);
          if (!answer) return;
          const lines = disagreements(p, answer, extreme);
          const bad = output.has(i) ? nonFinite(output.get(i)) : [];
          if (bad.length) lines.push(`null or non-finite output at ${bad.slice(0, 5).join(', ')}`);
          if (lines.length === 0) return;
          failures.push(`#${i} ${describeProblem(p)}\n    ${lines.slice(0, 6).join('\n    ')}`);
          const key = `${p.method}/${p.normalization}`;
          byMethod.set(key, (byMethod.get(key) ?? 0) + 1);
        });
        const summary = [...byMethod].map(([k, n]) => `${k} ${n}`).join(', ');
        expect(
          failures.slice(0, 15).join('\n'),
          `${failures.length} of ${batch.length} problems disagree (${summary})`,
        ).toBe('');
      },
      TIMEOUT,
    );
  }

  it(
    'inputs the reference refuses exit 2 with the engine error located at the field (a sample of each code)',
    () => {
      const byCode = new Map<string, Problem[]>();
      for (const { p } of refused) {
        const ref = referenceAnswer(p);
        if (ref.kind !== 'refused') continue;
        const list = byCode.get(ref.refusal.code) ?? [];
        if (list.length < 2) byCode.set(ref.refusal.code, [...list, p]);
      }
      expect([...byCode.keys()].sort()).toEqual(
        expect.arrayContaining(['negative-value', 'no-reference', 'zero-value']),
      );
      const failures: string[] = [];
      const ok = valid[0].p;
      for (const p of [...byCode.values()].flat()) {
        // The refused problem second: the error must name element 1 and print nothing on stdout.
        const r = cli([cliInput(ok), cliInput(p)]);
        if (r.code !== 2 || r.stdout !== '') {
          failures.push(`exit ${r.code} for ${describeProblem(p)}`);
          continue;
        }
        const error = errorOf(r.stderr);
        const lines = disagreements(
          p,
          {
            kind: 'refused',
            code: engineCode(error.message),
            located: !!error.path && error.path.startsWith('1.'),
            message: error.message,
          },
          false,
        );
        if (lines.length) failures.push(`${describeProblem(p)}: ${lines.join('; ')} (path ${error.path})`);
      }
      expect(failures.join('\n')).toBe('');
    },
    TIMEOUT,
  );

  it(
    'malformed inputs exit 2 naming the field: 1e999, a short row, zero weights, bad direction, level q ≥ p',
    () => {
      const base = {
        alternatives: ['a', 'b'],
        criteria: [
          { id: 'x', direction: 'benefit' },
          { id: 'y', direction: 'cost' },
        ],
        matrix: [
          [1, 2],
          [3, 4],
        ],
        weights: [1, 1],
        method: { name: 'promethee2' },
      };
      const cases: [string, string][] = [
        [JSON.stringify(base).replace('[3,4]', '[3,1e999]'), 'matrix.1.1'],
        [JSON.stringify({ ...base, matrix: [[1, 2], [3]] }), 'matrix.1'],
        [JSON.stringify({ ...base, weights: [0, 0] }), 'weights'],
        [
          JSON.stringify({ ...base, criteria: [base.criteria[0], { id: 'y', direction: 'down' }] }),
          'criteria.1.direction',
        ],
        [
          JSON.stringify({
            ...base,
            criteria: [base.criteria[0], { id: 'y', direction: 'cost', preference: { type: 'level', q: 2, p: 1 } }],
          }),
          'criteria.1.preference',
        ],
      ];
      for (const [text, path] of cases) {
        const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'rank', '-'], {
          cwd: root,
          input: text,
          encoding: 'utf8',
        });
        expect(r.status, text).toBe(2);
        expect(r.stdout).toBe('');
        expect(errorOf(r.stderr).path, text).toBe(path);
      }
    },
    TIMEOUT,
  );
});
