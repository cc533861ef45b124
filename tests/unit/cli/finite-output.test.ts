import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/api/errors';
import { assertFiniteOutput } from '../../../electron/cli/input-error';

describe('the CLI prints no NaN or Infinity (JSON would show them as null, read as "missing")', () => {
  it('a non-finite number anywhere in a result is an invalid-request error naming its field', () => {
    const cases: [unknown, string][] = [
      [{ scores: [0.5, NaN] }, 'scores.1'],
      [{ details: { d_plus: Float64Array.of(1, Infinity) } }, 'details.d_plus.1'],
      [[{ weights: [-Infinity] }], '0.weights.0'],
    ];
    for (const [output, path] of cases) {
      let caught: unknown;
      try {
        assertFiniteOutput(output);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(WorkbenchError);
      expect(caught).toMatchObject({ code: 'invalid-request', path });
    }
  });

  it('finite numbers and deliberate nulls (a coefficient undefined for a constant ranking) pass', () => {
    expect(() => assertFiniteOutput({ spearman: null, scores: [0, 1e308, -5e-324], ok: true })).not.toThrow();
  });
});
