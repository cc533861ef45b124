import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../../shared/dataset/import-types';
import {
  MAPPINGS_STORAGE_KEY,
  headerSignature,
  recallMapping,
  rememberMapping,
} from '../../../renderer/src/views/import/mapping-memory';
import importEn from '../../../renderer/src/i18n/import.en.json';
import importKo from '../../../renderer/src/i18n/import.ko.json';

const mapping = (columns: Record<string, ImportMapping['columns'][string]>): ImportMapping => ({
  layout: 'wide',
  columns,
  models: { 'LG K-EXAONE': 'k-exaone-236b-a23b' },
  benchmarks: {},
  metrics: {},
  newModels: true,
});

beforeEach(() => localStorage.clear());

describe('remembered import mappings', () => {
  it('recalls a mapping by the headers of a table, whatever the table format', () => {
    const m = mapping({ 모델: 'model', 'KMMLU-Pro': 'score' });
    rememberMapping(headerSignature('csv', m)!, m);
    expect(recallMapping(headerSignature('xlsx', m)!)).toEqual(m);
    expect(recallMapping(headerSignature('csv', mapping({ 모델: 'model', 'KMMLU Pro': 'score' }))!)).toBeNull();
    expect(headerSignature('lm-eval-json', m)).toBeNull();
    expect(headerSignature('csv', mapping({}))).toBeNull();
  });

  it('ignores storage that is not JSON or not a mapping, and keeps the 50 most recent', () => {
    localStorage.setItem(MAPPINGS_STORAGE_KEY, '{not json');
    expect(recallMapping('a')).toBeNull();
    localStorage.setItem(MAPPINGS_STORAGE_KEY, JSON.stringify({ a: { layout: 'diagonal' } }));
    expect(recallMapping('a')).toBeNull();
    for (let i = 0; i < 60; i++) rememberMapping(`sig-${i}`, mapping({ [`h${i}`]: 'model' }));
    const stored = Object.keys(JSON.parse(localStorage.getItem(MAPPINGS_STORAGE_KEY)!));
    expect(stored).toHaveLength(50);
    expect(recallMapping('sig-9')).toBeNull();
    expect(recallMapping('sig-59')!.columns).toEqual({ h59: 'model' });
  });
});

describe('import bundles', () => {
  it('Korean has every English text (plural forms aside)', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
      );
    expect([...new Set(keys(importKo))].sort()).toEqual([...new Set(keys(importEn))].sort());
  });
});
