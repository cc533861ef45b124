import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSteps, runStepsAsync, type Steps } from '../../../shared/dataset/steps';
import { browserApi, held, tinyDataset, tinyScenario } from './fixtures';
import { datasetToWire } from '../../../shared/dataset/dataset-wire';

/** A long CSV over the tiny dataset's models and benchmarks: `rows` data rows of the same three cells. */
function longCsv(rows: number): string {
  const lines = ['model,benchmark,value,setting'];
  for (let i = 0; i < rows; i++) lines.push(`Model One,Accuracy,${i % 100},run ${i}`);
  return lines.join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('steps', () => {
  function* counted(n: number, seen: number[]): Steps<number> {
    for (let i = 0; i < n; i++) {
      seen.push(i);
      yield;
    }
    return n;
  }

  it('run straight through, or give timers a turn between slices; a throwing check stops them', async () => {
    expect(runSteps(counted(5, []))).toBe(5);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    // Runs until the timer has fired three times, which it can only do if the slices give timers a turn; a
    // runner that never yields would spin here until the (generous) deadline and answer 'starved'.
    function* slow(): Steps<string> {
      const deadline = Date.now() + 30_000;
      while (ticks < 3) {
        if (Date.now() > deadline) return 'starved';
        yield;
      }
      return 'done';
    }
    expect(await runStepsAsync(slow(), () => {}, 10)).toBe('done');
    clearInterval(timer);

    const seen: number[] = [];
    const stop = new Error('stop');
    function* endless(): Steps<never> {
      for (;;) {
        seen.push(0);
        yield;
      }
    }
    await expect(
      runStepsAsync(
        endless(),
        () =>
          seen.length > 20
            ? (() => {
                throw stop;
              })()
            : undefined,
        0,
      ),
    ).rejects.toBe(stop);
  });
});

describe('import jobs through the service', () => {
  it('reports how far a large CSV has been read while it is read, and forgets the job afterwards', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'long.csv'), longCsv(400_000));
    const { datasetId } = await api.putDataset({ dataset: datasetToWire(tinyDataset()) });
    const reading = api.previewImport({ path: 'long.csv', datasetId, job: 'job-1' });
    const seen: { done: number; total: number }[] = [];
    let finished = false;
    void reading.finally(() => (finished = true));
    while (!finished) {
      const p = await api.importProgress({ job: 'job-1' });
      if (p) seen.push(p);
      await sleep(5);
    }
    const { preview } = (await reading)!;
    expect(preview.counts.rows).toBe(400_000);
    const total = longCsv(400_000).length;
    const midway = seen.filter((p) => p.total === total && p.done > 0 && p.done < p.total);
    expect(midway.length, 'progress seen part-way through the file').toBeGreaterThan(0);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(await api.importProgress({ job: 'job-1' })).toBeNull();
  });

  it('a cancelled import answers "cancelled" and merges nothing; the same file then imports', async () => {
    const { api, workspace } = browserApi();
    writeFileSync(join(workspace, 'long.csv'), longCsv(400_000));
    const dataset = tinyDataset();
    const { document, datasetId } = await held(api, tinyScenario());
    const columns = { model: 'model', benchmark: 'benchmark', value: 'value', setting: 'setting' } as const;
    const mapping = { layout: 'long' as const, columns };
    const request = { document, path: 'long.csv', datasetId, mapping, edits: [], job: 'job-2' };
    const committing = api.commitImport(request);
    const outcome = committing.then(
      () => 'merged',
      (e: { code: string }) => e.code,
    );
    while ((await api.importProgress({ job: 'job-2' }))?.done === undefined) await sleep(2);
    await api.cancelImport({ job: 'job-2' });
    expect(await outcome).toBe('cancelled');
    expect(await api.importProgress({ job: 'job-2' })).toBeNull();

    const merged = await api.commitImport(request);
    expect(merged.ok && merged.dataset.observations.length - dataset.observations.length).toBe(400_000);
  });

  it('refuses a job id that is not letters, digits and dashes', async () => {
    const { api } = browserApi();
    await expect(api.importProgress({ job: '../x' })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
