import { describe, expect, it } from 'vitest';
import { entryText, parseEntry } from '../../../renderer/src/views/programme/panel-entry';

describe('typed panel scores', () => {
  it('reads exact points, ranges with a dash, hyphen or tilde, and empty as no entry', () => {
    expect(parseEntry('27.5', 35)).toEqual({ problem: null, entry: { kind: 'exact', points: 27.5 } });
    for (const text of ['24.8–30.8', '24.8 - 30.8', '24.8~30.8'])
      expect(parseEntry(text, 35)).toEqual({ problem: null, entry: { kind: 'range', lo: 24.8, hi: 30.8 } });
    expect(parseEntry('  ', 35)).toEqual({ problem: null, entry: null });
    expect(parseEntry('35', 35)).toEqual({ problem: null, entry: { kind: 'exact', points: 35 } });
  });

  it('names what is wrong: not a number, negative, an empty range, above the maximum', () => {
    expect(parseEntry('abc', 35)).toMatchObject({ problem: 'not-a-number' });
    expect(parseEntry('1-2-3', 35)).toMatchObject({ problem: 'not-a-number' });
    expect(parseEntry('-3', 35)).toMatchObject({ problem: 'negative', value: -3 });
    expect(parseEntry('31-24', 35)).toMatchObject({ problem: 'empty-range', lo: 31, hi: 24 });
    expect(parseEntry('30–36', 35)).toMatchObject({ problem: 'above-max', value: 36, max: 35 });
  });

  it('shows an entry as the text it is read back from', () => {
    const base = { model: 'm', component: 'c', note: '', source: null };
    for (const e of [
      { ...base, kind: 'exact' as const, points: 9.2 },
      { ...base, kind: 'range' as const, lo: 14, hi: 18 },
    ]) {
      const parsed = parseEntry(entryText(e), 20);
      expect(parsed.problem === null && parsed.entry).toEqual(
        e.kind === 'exact' ? { kind: 'exact', points: e.points } : { kind: 'range', lo: e.lo, hi: e.hi },
      );
    }
  });
});
