import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../shared/domain/claims';
import { ClaimSchema } from '../../../shared/domain/claims';
import { ScenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { checkClaim } from '../../../shared/evaluation/claims/check';
import { csvHas, csvValue, modelsCsv } from './reference-csv';

const root = join(import.meta.dirname, '../../..');
const shipped = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const AX_README = 'https://github.com/SKT-AI/A.X-K1/blob/main/README.md';
const ax = (benchmark: string, model: string) => csvValue(model, benchmark, { setting: 'think', source: AX_README });

const claim = (check: ClaimInput['check']) => ClaimSchema.parse({ id: 'c', text: 'a claim', check });
const withOverride = (s: Scenario, model: string, benchmark: string, value: number): Scenario => ({
  ...s,
  overrides: [...s.overrides, { model, benchmark, value, note: '' }],
});
const ratioCheck = (
  benchmarks: string[],
  aggregate: 'mean-of-ratios' | 'ratio-of-means',
  expected: number,
  tol = 0.5,
) =>
  claim({
    kind: 'ratio',
    model: 'ax-k1-519b-a33b',
    baseline: 'deepseek-v3.1',
    benchmarks,
    aggregate,
    expected,
    tolerance: tol,
  });

describe('a ratio claim', () => {
  it('A.X K1 to DeepSeek-V3.1 on LiveCodeBench-ko is 73.1 / 66.2 = 110.4%: verified at 110 ± 0.5, contradicted at ± 0.1', () => {
    const expected = (100 * ax('livecodebench-ko', 'ax-k1-519b-a33b')) / ax('livecodebench-ko', 'deepseek-v3.1');
    const loose = checkClaim(shipped, ratioCheck(['livecodebench-ko'], 'mean-of-ratios', 110));
    expect(loose).toMatchObject({ status: 'verified' });
    expect(loose.status !== 'not-checkable' && loose.figure).toBeCloseTo(expected, 10);
    const tight = checkClaim(shipped, ratioCheck(['livecodebench-ko'], 'mean-of-ratios', 110, 0.1));
    expect(tight).toMatchObject({ status: 'contradicted' });
    expect(tight.status !== 'not-checkable' && tight.figure).toBeCloseTo(expected, 10);
  });

  it('over a set: the mean of the ratios and the ratio of the means, as stated', () => {
    const set = ['livecodebench', 'livecodebench-ko', 'aime-2025'];
    const a = set.map((b) => ax(b, 'ax-k1-519b-a33b'));
    const d = set.map((b) => ax(b, 'deepseek-v3.1'));
    const meanOfRatios = (100 * a.reduce((s, x, i) => s + x / d[i], 0)) / set.length;
    const ratioOfMeans = (100 * a.reduce((s, x) => s + x, 0)) / d.reduce((s, x) => s + x, 0);
    expect(Math.abs(meanOfRatios - ratioOfMeans)).toBeGreaterThan(0.01); // the two statements differ here
    const m = checkClaim(shipped, ratioCheck(set, 'mean-of-ratios', 107, 5));
    const r = checkClaim(shipped, ratioCheck(set, 'ratio-of-means', 107, 5));
    expect(m.status !== 'not-checkable' && m.figure).toBeCloseTo(meanOfRatios, 10);
    expect(r.status !== 'not-checkable' && r.figure).toBeCloseTo(ratioOfMeans, 10);
  });

  it('reads the what-if override the Data view shows: the baseline set to A.X K1’s value makes it 100% (contradicted)', () => {
    const same = ax('livecodebench-ko', 'ax-k1-519b-a33b');
    const edited = withOverride(shipped, 'deepseek-v3.1', 'livecodebench-ko', same);
    const out = checkClaim(edited, ratioCheck(['livecodebench-ko'], 'mean-of-ratios', 110));
    expect(out).toMatchObject({ status: 'contradicted', figure: 100 });
    expect(out.cells.find((c) => c.model === 'deepseek-v3.1')).toMatchObject({ origin: 'override', value: same });
  });

  it('names the model and benchmark without a value as not checkable', () => {
    expect(csvHas('deepseek-v3.1', 'kmmlu-pro')).toBe(true);
    expect(csvHas('ax-k1-519b-a33b', 'csat-math-2026-sogang')).toBe(false);
    const out = checkClaim(shipped, ratioCheck(['kmmlu-pro', 'csat-math-2026-sogang'], 'mean-of-ratios', 100));
    expect(out.status).toBe('not-checkable');
    expect(out.status === 'not-checkable' && out.missing).toEqual([
      { kind: 'value', model: 'ax-k1-519b-a33b', benchmark: 'csat-math-2026-sogang' },
      { kind: 'value', model: 'deepseek-v3.1', benchmark: 'csat-math-2026-sogang' },
    ]);
  });
});

describe('a value claim', () => {
  it('K-EXAONE’s Artificial Analysis index is the CSV’s 32: “32” verified, “72” contradicted with 32', () => {
    const aa = csvValue('k-exaone-236b-a23b', 'aa-index');
    const value = (expected: number) =>
      claim({ kind: 'value', model: 'k-exaone-236b-a23b', benchmark: 'aa-index', expected, tolerance: 0.5 });
    expect(checkClaim(shipped, value(aa))).toMatchObject({ status: 'verified', figure: aa });
    expect(checkClaim(shipped, value(72))).toMatchObject({ status: 'contradicted', figure: aa, expected: 72 });
  });
});

describe('a rank claim within a filtered set', () => {
  const small = modelsCsv.filter((m) => m.total_params_b !== '' && Number(m.total_params_b) <= 40).map((m) => m.id);
  const rank = (model: string, expected: number, withValueOnly: boolean) =>
    claim({
      kind: 'rank',
      model,
      benchmark: 'tau2-telecom',
      among: { params: { of: 'total', max: 40 } },
      expected,
      withValueOnly,
    });

  it('ranks HyperCLOVA X SEED 32B among the models of 40B or fewer with a τ²-Telecom value (from the CSV)', () => {
    const withValue = small.filter((m) => csvHas(m, 'tau2-telecom'));
    expect(withValue.length).toBeGreaterThan(1);
    const mine = csvValue('hcx-seed-think-32b', 'tau2-telecom');
    const expectedRank = 1 + withValue.filter((m) => csvValue(m, 'tau2-telecom') > mine).length;
    const out = checkClaim(shipped, rank('hcx-seed-think-32b', expectedRank, true));
    expect(out).toMatchObject({ status: 'verified', figure: expectedRank });
    expect(out.kind === 'rank' && out.status !== 'not-checkable' && out.set).toMatchObject({
      members: small.length,
      ranked: withValue.length,
    });
  });

  it('is not checkable while members have no value, naming each of them', () => {
    const out = checkClaim(shipped, rank('hcx-seed-think-32b', 1, false));
    expect(out.status).toBe('not-checkable');
    const named = out.status === 'not-checkable' ? out.missing.map((m) => m.kind === 'value' && m.model) : [];
    expect(new Set(named)).toEqual(new Set(small.filter((m) => !csvHas(m, 'tau2-telecom'))));
  });

  it('is contradicted when the model already ranks below the claim among the members with a value', () => {
    const out = checkClaim(shipped, rank('exaone-4.0-32b', 1, false));
    const mine = csvValue('exaone-4.0-32b', 'tau2-telecom');
    const above = small.filter((m) => csvHas(m, 'tau2-telecom') && csvValue(m, 'tau2-telecom') > mine).length;
    expect(out).toMatchObject({ status: 'contradicted', figure: 1 + above });
  });

  it('a model outside the set (A.X K1 has 519B) is not checkable, naming the attribute', () => {
    const out = checkClaim(shipped, rank('ax-k1-519b-a33b', 1, true));
    expect(out.status === 'not-checkable' && out.missing).toEqual([
      { kind: 'not-in-set', model: 'ax-k1-519b-a33b', attribute: 'params', unknown: false },
    ]);
  });
});

describe('the claims schema in a scenario', () => {
  const raw = JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')) as Record<string, unknown>;

  it('a scenario without claims still opens, with none', () => {
    const { claims: _claims, ...old } = raw;
    expect(ScenarioSchema.parse(old).claims).toEqual([]);
  });

  it('names the unknown model and benchmark of a check by its path', () => {
    const bad = {
      ...raw,
      claims: [
        {
          id: 'x',
          text: 't',
          check: {
            kind: 'ratio',
            model: 'ax-k1-519b-a33b',
            baseline: 'no-such-model',
            benchmarks: ['kmmlu', 'no-such-bench'],
            expected: 100,
            tolerance: 1,
          },
        },
        {
          id: 'x',
          text: 't',
          check: { kind: 'value', model: 'nobody', benchmark: 'kmmlu', expected: 1, tolerance: 0 },
        },
      ],
    };
    const result = ScenarioSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'claims.0.check.baseline: unknown model no-such-model',
        'claims.0.check.benchmarks.1: unknown benchmark no-such-bench',
        'claims.1.check.model: unknown model nobody',
        'claims.1.id: duplicate claim id x (also at index 0)',
      ]),
    );
  });
});
