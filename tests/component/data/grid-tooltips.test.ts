import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../shared/dataset/index';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { createI18n } from '../../../renderer/src/i18n';
import { gridColumns, type Row } from '../../../renderer/src/views/data/grid-columns';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const index = indexDataset(scenario.dataset);

/** The header tooltips of the benchmark columns, by benchmark id. */
function headerTips(language: 'en' | 'ko', ids: string[]): Map<string, string> {
  const benchmarks = ids.map((id) => index.benchmarks.get(id)!);
  const leaves = (defs: (ColDef<Row> | ColGroupDef<Row>)[]): ColDef<Row>[] =>
    defs.flatMap((d) => ('children' in d ? leaves(d.children) : [d]));
  const columns = leaves(gridColumns(createI18n(language).t, index, benchmarks, false));
  return new Map(columns.filter((c) => c.colId !== 'model').map((c) => [c.colId!, String(c.headerTooltip)]));
}

describe('benchmark header tooltips', () => {
  it("say a team's own average is not a benchmark score, and give a score out of 100 its scale", () => {
    const tips = headerTips('en', ['lg-r1-common13-avg', 'csat-math-2026-sogang', 'mmlu-pro']);
    expect(tips.get('lg-r1-common13-avg')).toContain("not a benchmark score: a team's own average");
    expect(tips.get('csat-math-2026-sogang')).toMatch(/\(points \(of 100\)\) · Math · 0–100$/);
    expect(tips.get('mmlu-pro')).not.toContain('not a benchmark score');
    expect(headerTips('ko', ['lg-r1-common13-avg']).get('lg-r1-common13-avg')).toContain('벤치마크 점수가 아님');
  });
});
