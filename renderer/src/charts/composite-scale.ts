import type { Evaluation } from '../../../shared/evaluation/evaluate';

/** The value axis' intervals (ECharts' `splitNumber` default). */
const SPLITS = 5;

/**
 * A "nice" step near `value`: 1, 2, 3, 5 or 10 × 10^k, the nearest (ECharts' `number.nice(value, true)`, after
 * Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), and its decimals.
 */
function nice(value: number): { step: number; places: number } {
  const exponent = Math.floor(Math.log10(value));
  const f = value / 10 ** exponent;
  const n = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  const places = Math.max(0, n === 10 ? -exponent - 1 : -exponent);
  return { step: Number((n * 10 ** exponent).toFixed(places)), places };
}

/**
 * The composite bars' value axis, as the ECharts chart draws it (composite-option.ts: `min: 0`, `max: 1` for WSM,
 * else ECharts' own): from 0, to 1 for WSM (its composites lie in [0, 1]), else to the largest composite rounded
 * up to a nice step of about a fifth of it (step = nice(max / 5), end = ⌈max / step⌉ · step). Lower-is-better
 * methods (VIKOR's Q) draw their composite the same way, the best at the top; a composite below 0 (a PROMETHEE net
 * flow) has no bar. `ticks` are the grid lines from 0 to `end`, every `step`.
 */
export function compositeScale(method: Evaluation['method'], composites: readonly number[]) {
  const top = method === 'wsm' ? 1 : Math.max(0, ...composites);
  const { step, places } = nice((top > 0 ? top : 1) / SPLITS);
  const end = method === 'wsm' ? 1 : Number((Math.ceil((top > 0 ? top : 1) / step) * step).toFixed(places));
  const ticks: { value: number; label: string }[] = [];
  for (let i = 0; i * step <= end * (1 + 1e-9); i++) {
    const value = Number((i * step).toFixed(places));
    ticks.push({ value, label: String(value) });
  }
  return { end, ticks };
}
