import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetTable, matrixTables } from '../../../electron/services/export/tables';
import { provenanceOf } from '../../../shared/dataset/provenance';
import { ScenarioSchema } from '../../../shared/domain/scenario';

const root = join(import.meta.dirname, '../../..');
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const csv = Papa.parse<Record<string, string>>(readFileSync(join(root, 'data/reference/observations.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;

// Expectations from ../shared/reference/README.md: "model maker" / "maker of <id>" name the maker whose table holds
// the figure; an independent measurement read in the press is `news` with measured_by naming the organisation.
describe('whose figure an observation is', () => {
  it("is the maker's own only in the maker's own report", () => {
    expect(provenanceOf({ measuredBy: 'model maker' }, 'maker-report')).toBe('own');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'news')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'secondary')).toBe('second-hand');
  });

  it("is second-hand for a comparator in another maker's table, the analyst's own entries and unknown measurers", () => {
    expect(provenanceOf({ measuredBy: 'maker of k-exaone-236b-a23b' }, 'maker-report')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'lm-evaluation-harness run' }, 'user')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: 'unknown' }, 'news')).toBe('second-hand');
    expect(provenanceOf({ measuredBy: ' ' }, 'news')).toBe('second-hand');
  });

  it('is independent for a named third party, whatever page it was read on, and on its own page', () => {
    expect(provenanceOf({ measuredBy: 'Sogang University (Kim Jong-rak team)' }, 'news')).toBe('independent');
    expect(provenanceOf({ measuredBy: 'Artificial Analysis' }, 'secondary')).toBe('independent');
    expect(provenanceOf({ measuredBy: 'model maker' }, 'independent')).toBe('independent');
  });
});

describe('the exports say whose figure each value is', () => {
  it('dataset table: "independent" on exactly the rows a third party measured', () => {
    const table = datasetTable(scenario.dataset);
    const column = table.header.indexOf('whose_figure');
    const independent = table.rows.filter((r) => r[column] === 'independent');
    const thirdParty = csv.filter((r) => r.measured_by !== 'model maker' && !r.measured_by.startsWith('maker of '));
    expect(independent.map((r) => [r[1], r[4], r[6]])).toEqual(
      thirdParty.map((r) => [r.model, r.benchmark, Number(r.value)]),
    );
    const own = csv.filter((r) => r.measured_by === 'model maker' && r.source_kind === 'maker-report');
    expect(table.rows.filter((r) => r[column] === 'own')).toHaveLength(own.length);
  });

  it('matrix provenance: the Sogang test cell of K-EXAONE is independent, its MMLU-Pro cell its own', () => {
    const withTest = {
      ...scenario,
      criteria: [...scenario.criteria, { benchmark: 'csat-math-2026-sogang', weight: 10, group: null }],
    };
    const [, provenance] = matrixTables(withTest);
    const column = provenance.header.indexOf('whose_figure');
    const cell = (benchmark: string) =>
      provenance.rows.find((r) => r[0] === 'k-exaone-236b-a23b' && r[1] === benchmark)!;
    expect([cell('csat-math-2026-sogang')[2], cell('csat-math-2026-sogang')[column]]).toEqual([70, 'independent']);
    expect(cell('mmlu-pro')[column]).toBe('own');
  });
});
