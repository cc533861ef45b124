import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitImport, previewImport } from '../../../electron/services/import/import-service';
import { defaultDataset, tempDir, TODAY, writeTemp } from './fixtures';

const root = join(import.meta.dirname, '../../..');
/** tests/fixtures/long-layout.parquet (written by tests/fixtures/write-parquet.py) holds this table. */
const LONG_CSV = [
  'model,setting,benchmark,value,n',
  'K-EXAONE,reasoning,KMMLU-Pro,67.3,2822',
  'VAETKI,default,KMMLU-Pro,58.25,2822',
  'k-exaone-236b-a23b,reasoning,HRM8K,90.5,1',
  'Solar Open 100B,default,HRM8K,71,8',
].join('\n');

const parquetFile = () => {
  const path = join(tempDir(), 'leaderboard.parquet');
  copyFileSync(join(root, 'tests/fixtures/long-layout.parquet'), path);
  return path;
};
/** An observation without the parts named after the file (id, source) that differ between the two files. */
const content = ({ id: _id, source: _source, ...rest }: { id: string; source: string }) => rest;

describe('Parquet import', () => {
  it('a long-layout Parquet file previews and imports the same observations as the equivalent CSV', async () => {
    const ds = defaultDataset();
    const [parquet, csv] = [parquetFile(), writeTemp('leaderboard.csv', LONG_CSV)];
    const [pp, cp] = [await previewImport(parquet, ds, {}, TODAY), await previewImport(csv, ds, {}, TODAY)];
    expect(pp.format).toBe('parquet');
    expect(pp.counts).toEqual(cp.counts);
    expect(pp.counts).toMatchObject({ rows: 4, observations: 4, problems: 0 });
    expect(pp.mapping).toEqual(cp.mapping);
    expect(pp.mapping.layout).toBe('long');

    const [pd, cd] = [
      await commitImport(parquet, ds, { mapping: pp.mapping }, TODAY),
      await commitImport(csv, ds, { mapping: cp.mapping }, TODAY),
    ];
    if (!pd.ok || !cd.ok) throw new Error('the import was refused');
    const added = (d: typeof pd.dataset) => d.observations.slice(ds.observations.length);
    expect(added(pd.dataset).map(content)).toEqual(added(cd.dataset).map(content));
    // Written by hand from the table above: K-EXAONE and its id are one model; 71 is read as 71.
    expect(added(pd.dataset).map((o) => [o.model, o.benchmark, o.setting, o.value, o.n])).toEqual([
      ['k-exaone-236b-a23b', 'kmmlu-pro', 'reasoning', 67.3, 2822],
      ['vaetki-112b-a10b', 'kmmlu-pro', 'default', 58.25, 2822],
      ['k-exaone-236b-a23b', 'hrm8k', 'reasoning', 90.5, 1],
      ['solar-open-100b', 'hrm8k', 'default', 71, 8],
    ]);
  });

  it('names the row and column of a bad value as the CSV path does', async () => {
    const ds = defaultDataset();
    const narrowed = {
      ...ds,
      benchmarks: ds.benchmarks.map((b) => (b.id === 'hrm8k' ? { ...b, scale: { min: 0, max: 80 } } : b)),
    };
    const preview = await previewImport(parquetFile(), narrowed, {}, TODAY);
    expect(preview.problems).toEqual([
      expect.objectContaining({ kind: 'out-of-scale', row: 4, column: 'value', text: '90.5' }),
    ]);
  });

  it('a file that is not Parquet is one unreadable problem naming the file', async () => {
    const path = writeTemp('fake.parquet', readFileSync(join(root, 'package.json')));
    const preview = await previewImport(path, defaultDataset(), {}, TODAY);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        message: expect.stringMatching(/fake\.parquet.*not a readable Parquet file/),
      }),
    ]);
  });
});
