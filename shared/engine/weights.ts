import { EngineError } from './errors';
import { powerOfTwoScale } from './normalize';

/**
 * Non-negative weights normalized to sum 1: w_j / Σw, the sum taken over weights scaled by a power of two near
 * the largest (exact), so [1e308, 1e308] gives [0.5, 0.5]. All weights 0 is a typed error (`invalid-weights`):
 * there is nothing to rank by, and no weights are made up.
 */
export function normalizeWeights(raw: readonly number[], path: (string | number)[] = ['weights']): number[] {
  const largest = raw.reduce((a, b) => Math.max(a, b), 0);
  if (!(largest > 0))
    throw new EngineError('invalid-weights', 'all weights are 0: give at least one criterion a positive weight', path);
  const s = powerOfTwoScale(largest);
  const total = raw.reduce((a, b) => a + b * s, 0);
  return raw.map((w) => (w * s) / total);
}

/** Direct weights as the analyst gives them: finite, non-negative, not all zero; returned summing to 1. */
export function directWeights(raw: readonly number[], path: (string | number)[] = ['weights']): number[] {
  raw.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0)
      throw new EngineError('invalid-weights', `weight ${i} must be a finite non-negative number`, [...path, i]);
  });
  return normalizeWeights(raw, path);
}

/**
 * Points allocation (Bottomley & Doyle 2001): the analyst distributes a budget of points over the criteria;
 * w_j = points_j / budget. When a budget is given the points must use it exactly.
 */
export function pointsWeights(points: readonly number[], budget?: number): number[] {
  const total = points.reduce((a, b) => a + b, 0);
  if (budget !== undefined && Math.abs(total - budget) > 1e-9 * Math.max(1, budget))
    throw new EngineError('invalid-weights', `the points add up to ${total}, not to the budget of ${budget}`, [
      'points',
    ]);
  return directWeights(points, ['points']);
}

const assertCount = (n: number) => {
  if (!Number.isInteger(n) || n < 1) throw new EngineError('invalid-parameter', 'n must be a positive integer', ['n']);
};

/** Rank-order centroid (Barron & Barrett 1996): w_k = (1/n) Σ_{i=k}^{n} 1/i for the criterion ranked k. */
export function rocWeights(n: number): number[] {
  assertCount(n);
  const w = new Array<number>(n);
  let tail = 0;
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    w[k - 1] = tail / n;
  }
  return w;
}

/** Rank-sum (Stillwell, Seaver & Edwards 1981): w_k = 2(n + 1 − k) / (n(n + 1)). */
export function rankSumWeights(n: number): number[] {
  assertCount(n);
  return Array.from({ length: n }, (_, i) => (2 * (n - i)) / (n * (n + 1)));
}

/**
 * Rank-reciprocal (Stillwell, Seaver & Edwards 1981): w_k = (1/k) / Σ_{i=1}^{n} 1/i for the criterion ranked k.
 */
export function rankReciprocalWeights(n: number): number[] {
  assertCount(n);
  let harmonic = 0;
  for (let i = n; i >= 1; i--) harmonic += 1 / i;
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) / harmonic);
}

interface HierarchyNode {
  weight: number;
  /** Group id, or null for a criterion directly under the goal. */
  group: string | null;
}

interface HierarchyGroup {
  id: string;
  weight: number;
  /** The enclosing group (e.g. a category inside a language); null or absent for a group under the goal. */
  parent?: string | null;
}

/**
 * Hierarchical weights (Saaty 1980, the additive hierarchy): a criterion's global weight is the product of the
 * local weights on its path from the goal, each level normalized to sum 1 among its siblings (normalizeWeights):
 * w = w(group) × w(subgroup in group) × … × w(criterion in its group). Criteria without a known group sit directly
 * under the goal beside the top groups, carrying their own weight there; groups with no criterion below them take
 * no part. Typed errors (`invalid-weights`): all top-level weights 0; a group with a positive share whose members
 * all weigh 0 (path ['groups', id]: its share would have nowhere to go, and no weights are made up); and
 * (`invalid-parameter`, path ['groups', id]) a cycle of parents.
 */
export function hierarchicalWeights(criteria: readonly HierarchyNode[], groups: readonly HierarchyGroup[]): number[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const parentOf = (id: string): string | null => {
    const p = byId.get(id)?.parent ?? null;
    return p !== null && byId.has(p) ? p : null;
  };
  for (const g of groups) {
    const seen = new Set<string>();
    for (let at: string | null = g.id; at !== null; at = parentOf(at)) {
      if (seen.has(at))
        throw new EngineError('invalid-parameter', `group ${g.id} is inside itself (a cycle of parents)`, [
          'groups',
          g.id,
        ]);
      seen.add(at);
    }
  }
  const leafGroup = (c: HierarchyNode) => (c.group !== null && byId.has(c.group) ? c.group : null);
  // Groups that hold a criterion, directly or below.
  const used = new Set<string>();
  for (const c of criteria) for (let at = leafGroup(c); at !== null; at = parentOf(at)) used.add(at);
  // Children of each node ('' is the goal): criteria by index, groups by id, in input order.
  type Child = { kind: 'criterion'; index: number } | { kind: 'group'; id: string };
  const children = new Map<string, Child[]>();
  const add = (node: string, child: Child) => children.set(node, [...(children.get(node) ?? []), child]);
  for (const g of groups) if (used.has(g.id)) add(parentOf(g.id) ?? '', { kind: 'group', id: g.id });
  criteria.forEach((c, index) => add(leafGroup(c) ?? '', { kind: 'criterion', index }));
  const out = new Array<number>(criteria.length).fill(0);
  const visit = (node: string, share: number) => {
    const list = children.get(node) ?? [];
    const raw = list.map((ch) => (ch.kind === 'criterion' ? criteria[ch.index].weight : byId.get(ch.id)!.weight));
    if (node !== '' && share > 0 && !raw.some((w) => w > 0))
      throw new EngineError(
        'invalid-weights',
        `every member of group ${node} weighs 0, but the group has weight: give one of its members a weight or the group 0`,
        ['groups', node],
      );
    const local = share > 0 || node === '' ? normalizeWeights(raw) : raw.map(() => 0);
    list.forEach((ch, k) => {
      if (ch.kind === 'criterion') out[ch.index] = share * local[k];
      else visit(ch.id, share * local[k]);
    });
  };
  visit('', 1);
  return out;
}
