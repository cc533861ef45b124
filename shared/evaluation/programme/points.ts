import type { Direction } from '../../domain/dataset';
import type { Component, ComputedPoints, PointsEntry, PointsScheme } from '../../domain/programme';
import { frontierRatio } from './ratio';

/** How one component's points for one team are obtained. */
export type PointsTerm =
  | { kind: 'entry'; component: string; entry: PointsEntry }
  | { kind: 'computed'; component: string }
  | { kind: 'missing'; component: string };

/**
 * The terms whose sum is a team's points on a component: its own manual entry if there is one
 * (a published total for a group, e.g. "benchmark 33.6 of 40", takes precedence over its parts);
 * else the sum of its sub-components; else computed from benchmarks; else missing (scores 0).
 */
export function componentTerms(
  scheme: PointsScheme,
  entries: ReadonlyMap<string, PointsEntry>,
  model: string,
  component: Component,
): PointsTerm[] {
  const entry = entries.get(`${model}|${component.id}`);
  if (entry) return [{ kind: 'entry', component: component.id, entry }];
  const children = scheme.components.filter((c) => c.parent === component.id);
  if (children.length) return children.flatMap((c) => componentTerms(scheme, entries, model, c));
  return [{ kind: component.computed ? 'computed' : 'missing', component: component.id }];
}

/** All terms of a team's total: the terms of every top-level component. */
export const totalTerms = (scheme: PointsScheme, entries: ReadonlyMap<string, PointsEntry>, model: string) =>
  scheme.components.filter((c) => c.parent === null).flatMap((c) => componentTerms(scheme, entries, model, c));

export const entryMap = (entries: readonly PointsEntry[]): Map<string, PointsEntry> =>
  new Map(entries.map((e) => [`${e.model}|${e.component}`, e]));

export const entryBounds = (e: PointsEntry): [number, number] =>
  e.kind === 'exact' ? [e.points, e.points] : [e.lo, e.hi];

/**
 * Computed points of each team (rows of `values`, NaN = missing) on one component, written to `out`:
 * maxPoints × Σ_j w_j·s_ij / Σ_j w_j, where s_ij is, per benchmark j among the round's teams,
 * - relative-to-best: v / best (best / v when lower is better), 0 when no ratio is defined;
 * - minmax: (v − min) / (max − min) (reversed when lower is better), 1 when all present values tie.
 * A missing value scores 0. `values` is row-major, teams × benchmarks.
 */
export function computedPoints(
  spec: ComputedPoints,
  maxPoints: number,
  directions: readonly Direction[],
  values: Float64Array,
  teams: number,
  out: Float64Array,
): void {
  const k = spec.benchmarks.length;
  const wsum = spec.benchmarks.reduce((a, b) => a + b.weight, 0);
  out.fill(0, 0, teams);
  if (wsum <= 0) return;
  for (let j = 0; j < k; j++) {
    const w = spec.benchmarks[j].weight / wsum;
    if (w === 0) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (let t = 0; t < teams; t++) {
      const v = values[t * k + j];
      if (Number.isNaN(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) continue;
    const higher = directions[j] === 'higher';
    for (let t = 0; t < teams; t++) {
      const v = values[t * k + j];
      if (Number.isNaN(v)) continue;
      let s: number;
      if (spec.kind === 'minmax') s = hi === lo ? 1 : higher ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
      else s = frontierRatio(v, higher ? hi : lo, directions[j]) ?? 0;
      out[t] += maxPoints * w * s;
    }
  }
}
