import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { ProgrammeFactsSchema } from '../../../shared/domain/programme-facts';

const root = join(import.meta.dirname, '../../..');
const raw: unknown = JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8'));
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));

describe('data/programme.json', () => {
  const facts = ProgrammeFactsSchema.parse(raw);

  it('parses, and its teams and benchmark definitions name models and benchmarks of the default dataset', () => {
    const models = new Set(dataset.models.map((m) => m.id));
    const benchmarks = new Set(dataset.benchmarks.map((b) => b.id));
    expect(facts.teams.map((t) => t.model).filter((m) => !models.has(m))).toEqual([]);
    expect(facts.benchmarkDefinitions.map((d) => d.benchmark).filter((b) => !benchmarks.has(b))).toEqual([]);
    expect(facts.teams.every((t) => dataset.models.find((m) => m.id === t.model)?.group === 'candidate')).toBe(true);
  });

  it('has the 100-point round-1 scheme: benchmarks 40 (NIA 10, common 20, chosen 10), expert 35, user 25', () => {
    const top = facts.round1.scheme.filter((c) => c.parent === null);
    expect(Object.fromEntries(top.map((c) => [c.id, c.points]))).toEqual({ benchmark: 40, expert: 35, user: 25 });
    expect(top.reduce((a, c) => a + c.points, 0)).toBe(100);
    const parts = facts.round1.scheme.filter((c) => c.parent === 'benchmark');
    expect(Object.fromEntries(parts.map((c) => [c.id, c.points]))).toEqual({ nia: 10, common: 20, chosen: 10 });
  });

  it("LG AI Research's published components add up to its published total 90.2", () => {
    const lg = facts.round1.scores.filter((s) => s.team === 'lg-ai-research');
    const part = (c: string) => lg.find((s) => s.component === c)!.score!;
    expect(part('benchmark') + part('expert') + part('user')).toBeCloseTo(part('total'), 9);
    expect(lg.find((s) => s.component === 'total')!.fieldAverage).toBe(79.7);
  });

  it('records three teams advancing and two eliminated, each with an http(s) source', () => {
    const result = Object.fromEntries(facts.round1.outcomes.map((o) => [o.team, o.result]));
    expect(result).toEqual({
      'lg-ai-research': 'advanced',
      'sk-telecom': 'advanced',
      upstage: 'advanced',
      'naver-cloud': 'eliminated',
      'nc-ai': 'eliminated',
    });
    for (const o of facts.round1.outcomes) expect(o.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
  });

  it('marks sources without an address as secondary and rejects a score for an unknown component', () => {
    const sources = [
      ...facts.laterRounds.flatMap((r) => r.sources),
      ...facts.round1.findings.flatMap((f) => f.sources),
    ];
    for (const s of sources.filter((s) => s.url === null)) expect(s.kind).toBe('secondary');
    const bad = structuredClone(raw) as { round1: { scores: { component: string }[] } };
    bad.round1.scores[0].component = 'bonus';
    const parsed = ProgrammeFactsSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['round1', 'scores', 0, 'component']);
  });

  it('has the corrected presentation claims and the later rounds of data/reference/programme.md', () => {
    const lg = facts.teams.find((t) => t.id === 'lg-ai-research')!;
    expect(lg.claims.some((c) => c.startsWith('average 72.03 over the 13 round-1 common benchmarks'))).toBe(true);
    expect(lg.claims.some((c) => c.startsWith('Artificial Analysis benchmark 72'))).toBe(false);
    const skt = facts.teams.find((t) => t.id === 'sk-telecom')!;
    expect(skt.claims.some((c) => c.includes('LiveCodeBench-ko 73.1 vs 66.2'))).toBe(true);
    expect(skt.claimCheck).toMatch(/148%.*no source found/);
    const event = (id: string) => facts.timeline.find((e) => e.id === id)!;
    expect(event('motif-selected').date).toBe('2026-02-20');
    expect(event('round2').what).toMatch(/early August 2026.*4 → 3/);
    expect(event('final').what).toMatch(/2 teams.*end of 2026/);
    expect(facts.laterRounds.map((r) => r.id)).not.toContain('timeline-secondary');
  });
});
