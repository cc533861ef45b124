import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportDataset, exportMatrix } from '../../../electron/services/export/export-file';
import { importFile } from '../../../electron/services/import/import-file';
import { ScenarioSchema } from '../../../shared/domain/scenario';
import { decisionMatrix, evaluateScenario } from '../../../shared/evaluation/evaluate';
import { defaultDataset, tempDir, TODAY } from '../import/fixtures';

const root = join(import.meta.dirname, '../../..');
const ds = defaultDataset();
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'data/scenarios/default.sewb'), 'utf8')));
const empty = { ...ds, observations: [] };

async function sheets(path: string): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return new Map(
    wb.worksheets.map((ws) => {
      const rows: unknown[][] = [];
      ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return [ws.name, rows];
    }),
  );
}

describe('dataset export', () => {
  it('CSV: UTF-8 with a BOM, every observation with its source link, and it imports back', async () => {
    const path = join(tempDir(), '데이터셋.csv');
    await exportDataset(path, ds, 'csv');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true }).data;
    expect(rows).toHaveLength(ds.observations.length);
    const sourceUrl = new Map(ds.sources.map((s) => [s.id, s.url]));
    rows.forEach((r, i) => {
      const o = ds.observations[i];
      expect([r.model, r.benchmark, Number(r.value), r.source_url]).toEqual([
        o.model,
        o.benchmark,
        o.value,
        sourceUrl.get(o.source),
      ]);
    });
    expect(rows.some((r) => /[가-힣]/.test(r.benchmark_name))).toBe(true);

    const back = await importFile(path, empty, { today: TODAY });
    expect(back.problems).toEqual([]);
    expect(back.observations.map((o) => [o.model, o.setting, o.benchmark, o.value, o.measuredBy])).toEqual(
      ds.observations.map((o) => [o.model, o.setting, o.benchmark, o.value, o.measuredBy]),
    );
    const again = await importFile(path, ds, { today: TODAY });
    expect(again.problems.every((p) => p.kind === 'duplicate')).toBe(true);
    expect(again.problems).toHaveLength(ds.observations.length);
  });

  it('XLSX: one sheet of observations with numbers as numbers; it imports back', async () => {
    const path = join(tempDir(), 'dataset.xlsx');
    await exportDataset(path, ds, 'xlsx');
    const rows = (await sheets(path)).get('observations')!;
    expect(rows).toHaveLength(ds.observations.length + 1);
    expect(typeof rows[1][6]).toBe('number');
    const back = await importFile(path, empty, { today: TODAY });
    expect(back.problems).toEqual([]);
    expect(back.observations.map((o) => o.value)).toEqual(ds.observations.map((o) => o.value));
  });
});

describe('decision matrix export', () => {
  const evaluation = evaluateScenario(scenario);
  const matrix = decisionMatrix(scenario);

  it('CSV: the values the app uses, best first, with rank and score', async () => {
    const path = join(tempDir(), 'matrix.csv');
    await exportMatrix(path, scenario, 'csv');
    const text = readFileSync(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, weights, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header.slice(4)).toEqual(evaluation.criteria.map((c) => c.name));
    expect(
      weights
        .slice(4)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBeCloseTo(1, 12);
    expect(rows.map((r) => r[1])).toEqual(evaluation.order);
    for (const r of rows)
      scenario.criteria.forEach((c, j) => {
        const v = matrix[r[1]][c.benchmark].value;
        expect(r[4 + j] === '' ? null : Number(r[4 + j]), `${r[1]} × ${c.benchmark}`).toBe(v);
      });
  });

  it('XLSX: a matrix sheet and a provenance sheet naming the source of every value', async () => {
    const path = join(tempDir(), 'matrix.xlsx');
    await exportMatrix(path, scenario, 'xlsx');
    const book = await sheets(path);
    expect([...book.keys()]).toEqual(['matrix', 'provenance']);
    const provenance = book.get('provenance')!;
    expect(provenance).toHaveLength(1 + scenario.alternatives.length * scenario.criteria.length);
    const withValue = provenance.slice(1).filter((r) => r[3] === 'observation');
    expect(withValue.length).toBeGreaterThan(0);
    for (const r of withValue) expect(String(r[6])).toMatch(/^https?:\/\//);
  });

  it('an unwritable path is an io error naming the path; nothing is written', async () => {
    const path = join(tempDir(), 'missing-folder', 'm.csv');
    await expect(exportMatrix(path, scenario, 'csv')).rejects.toMatchObject({ code: 'not-found', path });
  });

  it('a scenario that cannot be ranked (all weights 0) is refused with the reason; no file is written', async () => {
    const path = join(tempDir(), 'm.csv');
    const unweighted = { ...scenario, criteria: scenario.criteria.map((c) => ({ ...c, weight: 0 })) };
    await expect(async () => exportMatrix(path, unweighted, 'csv')).rejects.toMatchObject({
      code: 'invalid-request',
      path: 'scenario',
      message: expect.stringMatching(/weigh 0/),
    });
    expect(existsSync(path)).toBe(false);
  });
});
