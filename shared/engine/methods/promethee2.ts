import { EngineError } from '../errors';
import { assertComplete } from '../matrix';
import { outrankingSums } from './promethee-flows';
import type { MethodInput, MethodResult, PreferenceFunction } from './types';

export interface PrometheeDetails {
  phiPlus: Float64Array;
  phiMinus: Float64Array;
  phi: Float64Array;
}

/**
 * The six generalised criteria of Brans & Vincke (1985), d = advantage of a over b:
 * usual [d > 0]; u-shape [d > q]; v-shape min(1, d/p) for d > 0; level 0 / ½ / 1 split at q and p;
 * linear 0 for d ≤ q, (d − q)/(p − q) up to p, then 1; gaussian 1 − exp(−d²/(2s²)) for d > 0.
 */
export function preference(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  switch (f.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > f.q ? 1 : 0;
    case 'v-shape':
      return d >= f.p ? 1 : d / f.p;
    case 'level':
      return d <= f.q ? 0 : d <= f.p ? 0.5 : 1;
    case 'linear':
      return d <= f.q ? 0 : d > f.p ? 1 : (d - f.q) / (f.p - f.q);
    case 'gaussian': {
      const r = d / f.s; // (d/s)², not d²/s²: neither square overflows
      return 1 - Math.exp(-(r * r) / 2);
    }
  }
}

/** The same preference function over halved differences: every threshold halved (exact, a power of two). */
export function halve(f: PreferenceFunction): PreferenceFunction {
  switch (f.type) {
    case 'usual':
      return f;
    case 'u-shape':
      return { type: 'u-shape', q: f.q / 2 };
    case 'v-shape':
      return { type: 'v-shape', p: f.p / 2 };
    case 'level':
    case 'linear':
      return { type: f.type, q: f.q / 2, p: f.p / 2 };
    case 'gaussian':
      return { type: 'gaussian', s: f.s / 2 };
  }
}

export function validate(f: PreferenceFunction, j: number): void {
  const bad = (message: string) => new EngineError('invalid-parameter', message, ['criteria', j, 'preference']);
  if (f.type === 'u-shape' && !(f.q >= 0)) throw bad(`criterion ${j}: u-shape needs q ≥ 0`);
  if (f.type === 'v-shape' && !(f.p > 0)) throw bad(`criterion ${j}: v-shape needs p > 0`);
  if ((f.type === 'level' || f.type === 'linear') && !(f.q >= 0 && f.p > f.q))
    throw bad(`criterion ${j}: ${f.type} needs 0 ≤ q < p`);
  if (f.type === 'gaussian' && !(f.s > 0)) throw bad(`criterion ${j}: gaussian needs s > 0`);
}

/**
 * PROMETHEE II (Brans, Vincke & Mareschal 1986): π(a,b) = Σ_j w_j P_j(d_j(a,b)) on raw values with
 * directions; φ⁺(a) = Σ_b π(a,b)/(m − 1), φ⁻(a) = Σ_b π(b,a)/(m − 1), net flow φ = φ⁺ − φ⁻ (higher is
 * better). With one alternative all flows are 0. A difference that would overflow (values near ±1e308) is taken
 * over halved values with halved thresholds, which leaves every preference unchanged.
 */
export function promethee2(input: MethodInput): MethodResult<PrometheeDetails> {
  assertComplete(input.matrix);
  const { rows, cols, data } = input.matrix;
  const prefs = input.preferences ?? [];
  const fns: PreferenceFunction[] = [];
  for (let j = 0; j < cols; j++) {
    const f = prefs[j] ?? { type: 'usual' };
    validate(f, j);
    fns.push(f);
  }
  const halved = fns.map(halve);
  const w = input.weights;
  const sign = input.directions.map((d) => (d === 'higher' ? 1 : -1));
  const { out, inn } = outrankingSums(data, rows, cols, fns, halved, w, sign, preference);
  const denom = rows > 1 ? rows - 1 : 1;
  const phiPlus = out.map((x) => x / denom);
  const phiMinus = inn.map((x) => x / denom);
  const phi = phiPlus.map((x, i) => x - phiMinus[i]);
  return { scores: phi, better: 'higher', details: { phiPlus, phiMinus, phi } };
}
