import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score } from '../../../electron/cli/score';
import { serializeScenario } from '../../../electron/services/scenario-file';
import { tempDir, tinyScenario } from './fixtures';

interface ScoreOutput {
  criteria: { benchmark: string; weight: number }[];
  alternatives: { rank: number; model: string; composite: number; contributions: Record<string, number> }[];
}

describe('cli score <file.sewb>', () => {
  it('scores the file as the app does: normalized weights, composites, ranks, contributions', async () => {
    const path = join(tempDir(), 'tiny.sewb');
    writeFileSync(path, serializeScenario(tinyScenario()));
    const out = (await score.run(path)) as ScoreOutput;
    // Weights 3 and 1 normalize to 0.75 and 0.25. Min-max: acc (higher better) 10/20/30 → 0, 0.5, 1;
    // err (lower better) 1/2/3 → 1, 0.5, 0. Weighted sums: 0.25, 0.5, 0.75.
    expect(out.criteria.map((c) => [c.benchmark, c.weight])).toEqual([
      ['acc', 0.75],
      ['err', 0.25],
    ]);
    expect(out.alternatives.map((a) => [a.rank, a.model])).toEqual([
      [1, 'm-three'],
      [2, 'm-two'],
      [3, 'm-one'],
    ]);
    const byModel = Object.fromEntries(out.alternatives.map((a) => [a.model, a]));
    expect(byModel['m-one'].composite).toBeCloseTo(0.25, 12);
    expect(byModel['m-two'].composite).toBeCloseTo(0.5, 12);
    expect(byModel['m-three'].composite).toBeCloseTo(0.75, 12);
    expect(byModel['m-three'].contributions.acc).toBeCloseTo(0.75, 12);
    expect(byModel['m-three'].contributions.err).toBeCloseTo(0, 12);
    expect(byModel['m-one'].contributions.err).toBeCloseTo(0.25, 12);
  });

  it('says so, and ranks nothing, when every criterion weighs 0 or WPM meets a min-max zero', async () => {
    const zero = join(tempDir(), 'zero.sewb');
    const base = tinyScenario();
    writeFileSync(zero, serializeScenario({ ...base, criteria: base.criteria.map((c) => ({ ...c, weight: 0 })) }));
    await expect(score.run(zero)).rejects.toMatchObject({
      code: 'invalid-request',
      message: 'invalid-weights: All criteria weigh 0: set a weight to rank',
      path: 'criteria',
    });
    const wpm = join(tempDir(), 'wpm.sewb');
    writeFileSync(wpm, serializeScenario({ ...base, method: { name: 'wpm', v: 0.5 } }));
    await expect(score.run(wpm)).rejects.toMatchObject({
      message: expect.stringMatching(/^zero-value: WPM needs positive values .*choose linear or sum normalization$/),
      path: 'criteria.acc',
    });
  });

  it('refuses an invalid file with the field named', async () => {
    const path = join(tempDir(), 'bad.sewb');
    const doc = JSON.parse(serializeScenario(tinyScenario()));
    doc.normalization = 'cubic';
    writeFileSync(path, JSON.stringify(doc));
    await expect(score.run(path)).rejects.toMatchObject({
      code: 'invalid-file',
      message: expect.stringContaining('normalization'),
    });
    await expect(score.run(42)).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
