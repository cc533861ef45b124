import type { Benchmark, Model } from '../domain/dataset';

/**
 * The comparison form of a name: Unicode NFKC (full-width and super-script digits fold: "τ²" → "τ2"),
 * lower case, letters and digits only — so "KMMLU-Pro", "kmmlu_pro" and "KMMLU Pro" compare equal.
 */
export const nameKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Key → id; a key two different ids share is ambiguous and matches nothing. */
function keyTable(entries: readonly { id: string; names: readonly string[] }[]): Map<string, string | null> {
  const table = new Map<string, string | null>();
  for (const { id, names } of entries)
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      const seen = table.get(key);
      table.set(key, seen === undefined || seen === id ? id : null);
    }
  return table;
}

interface NameMatcher {
  model(raw: string): string | null;
  benchmark(raw: string): string | null;
}

/**
 * Matches raw names to known ids by id, name and (benchmarks) aliases, insensitive to case, spacing and
 * punctuation. A repository-style name ("skt/A.X-K1") also matches by its last segment. Memoized per name.
 */
export function createNameMatcher(models: readonly Model[], benchmarks: readonly Benchmark[]): NameMatcher {
  const modelKeys = keyTable(models.map((m) => ({ id: m.id, names: [m.id, m.name] })));
  const benchmarkKeys = keyTable(benchmarks.map((b) => ({ id: b.id, names: [b.id, b.name, ...b.aliases] })));
  const lookup = (table: Map<string, string | null>, memo: Map<string, string | null>) => (raw: string) => {
    const hit = memo.get(raw);
    if (hit !== undefined) return hit;
    const last = raw.includes('/') ? raw.slice(raw.lastIndexOf('/') + 1) : raw;
    const id = table.get(nameKey(raw)) ?? table.get(nameKey(last)) ?? null;
    memo.set(raw, id);
    return id;
  };
  return { model: lookup(modelKeys, new Map()), benchmark: lookup(benchmarkKeys, new Map()) };
}

/** A new id from a name: lower-case slug, unique against `taken` (suffix -2, -3, …); "item" when empty. */
export function uniqueId(name: string, taken: Set<string>, fallback: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 120);
  const base = slug || fallback;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}
