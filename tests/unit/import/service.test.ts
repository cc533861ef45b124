import { describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../../electron/services/import/import-service';
import { DatasetSchema } from '../../../shared/domain/dataset';
import { defaultDataset, TODAY, writeTemp } from './fixtures';

const ds = defaultDataset();

describe('import service (what importPreview / importCommit call)', () => {
  it('preview names the bad row; commit with the fix returns a valid dataset with the new values', async () => {
    const path = writeTemp('panel.csv', 'model,benchmark,value\nK-EXAONE,KMMLU-Pro,67.3\nVAETKI,KMMLU-Pro,sixty\n');
    const preview = await previewImport(path, ds, {}, TODAY);
    expect(preview.counts).toMatchObject({ observations: 1, problems: 1, rows: 2 });
    expect(preview.problems[0]).toMatchObject({ kind: 'not-a-number', row: 3, column: 'value', text: 'sixty' });
    expect(preview.rows).toEqual([
      { row: 2, column: 'value', observation: expect.objectContaining({ model: 'k-exaone-236b-a23b', value: 67.3 }) },
    ]);

    const refused = await commitImport(path, ds, { mapping: preview.mapping }, TODAY);
    expect(refused).toMatchObject({ ok: false, problems: [expect.objectContaining({ row: 3 })] });

    const done = await commitImport(
      path,
      ds,
      { mapping: preview.mapping, edits: [{ row: 3, column: 'value', text: '60' }] },
      TODAY,
    );
    if (!done.ok) throw new Error(done.problems[0].message);
    expect(DatasetSchema.safeParse(done.dataset).success).toBe(true);
    const vaetki = done.dataset.observations.filter((o) => o.model === 'vaetki-112b-a10b' && o.value === 60);
    expect(vaetki).toHaveLength(1);
  });

  it('caps the preview rows but counts them all', async () => {
    const lines = ds.models.flatMap((m) => ['KMMLU-Pro', 'HRM8K'].map((b) => `${m.id},${b},50`));
    const path = writeTemp('many.csv', ['model,benchmark,value', ...Array(10).fill(lines).flat()].join('\n'));
    const preview = await previewImport(path, ds, { mapping: { newModels: false } }, TODAY);
    expect(preview.counts.observations).toBe(ds.models.length * 2);
    expect(preview.counts.problems).toBe(ds.models.length * 2 * 9);
    expect(preview.rows.length).toBeLessThanOrEqual(200);
  });
});
