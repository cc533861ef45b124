import { describe, expect, it } from 'vitest';
import { handleProbabilityRequest } from '../../../renderer/src/workers/programme-handler';
import type { ProbabilityMessage } from '../../../renderer/src/workers/programme-protocol';
import type { Scenario } from '../../../shared/domain/scenario';
import { loadScenario } from './helpers';

function run(scenario: Scenario, id = 7): ProbabilityMessage[] {
  const out: ProbabilityMessage[] = [];
  handleProbabilityRequest({ type: 'probabilities', id, scenario }, (m) => out.push(m));
  return out;
}

describe('programme worker handler', () => {
  it('posts rising progress up to the sample count, then a result for the same request id', () => {
    const s = loadScenario('round1-as-announced');
    const messages = run({ ...s, uncertainty: { ...s.uncertainty, samples: 3000 } });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.length).toBeLessThanOrEqual(101);
    const done = progress.map((m) => (m.type === 'progress' ? m.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(3000);
    const last = messages.at(-1)!;
    expect(last.type).toBe('result');
    expect(messages.every((m) => m.id === 7)).toBe(true);
    if (last.type !== 'result') return;
    expect(last.result.samples).toBe(3000);
    // Round 1 as announced eliminates two teams per sample (the gate, then the lowest of the rest).
    const teams = Object.values(last.result.rounds[0].teams);
    expect(teams.reduce((a, p) => a + p.eliminated, 0)).toBeCloseTo(2, 6);
    expect(teams.reduce((a, p) => a + p.lowest, 0)).toBeGreaterThanOrEqual(1);
  });

  it('is reproducible: the same seed gives the same figures, another seed other figures', () => {
    const s = loadScenario('round1-as-planned');
    const small = (seed: number) => ({ ...s, uncertainty: { ...s.uncertainty, samples: 2000, seed } });
    const result = (seed: number) => run(small(seed)).find((m) => m.type === 'result');
    expect(result(1)).toEqual(result(1));
    expect(result(1)).not.toEqual(result(2));
  });

  it('answers a scenario whose programme is broken with an error naming the field', () => {
    const s = loadScenario('round1-as-announced');
    const round = s.programme!.rounds[0];
    const broken: Scenario = {
      ...s,
      programme: {
        ...s.programme!,
        rounds: [{ ...round, entries: [...round.entries, { ...round.entries[0], model: 'no-such-model' }] }],
      },
    };
    const [m] = run(broken);
    expect(m.type).toBe('error');
    expect(m.type === 'error' && m.message).toMatch(
      /programme\.rounds\.0\.entries\.\d+\.model: unknown model no-such-model/,
    );
  });

  it('answers a scenario without rounds with an error', () => {
    const [m] = run(loadScenario('frontier-check'));
    expect(m).toMatchObject({ type: 'error', message: expect.stringMatching(/no rounds/) });
  });
});
