import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportPrinter } from '../../../electron/services/ports';
import { createWorkbenchService } from '../../../electron/services/workbench';
import { withoutDataset } from '../../../shared/domain/scenario';
import { tempDir, tinyScenario } from './fixtures';
import { datasetToWire } from '../../../shared/dataset/dataset-wire';

const dataDir = resolve(__dirname, '../../../data');

function browserService(printer: ReportPrinter) {
  const workspace = tempDir('sewb-cmp-');
  const service = createWorkbenchService({
    dataDir,
    workspaceDir: workspace,
    userDataDir: join(workspace, '.workbench'),
    host: 'browser',
    version: '9.9.9',
    locale: 'en-US',
    ports: { printer },
  });
  return { workspace, service };
}

/** The two documents as the page sends them: each scenario without its dataset, which the host holds under an id. */
async function documentsHeldBy(service: ReturnType<typeof createWorkbenchService>) {
  const a = tinyScenario('a');
  const { datasetId } = await service.putDataset({ dataset: datasetToWire(a.dataset) });
  return [
    { name: 'Plan A', datasetId, scenario: withoutDataset(a) },
    { name: 'Plan B', datasetId, scenario: withoutDataset({ ...tinyScenario('b'), dataset: a.dataset }) },
  ];
}

describe('exportComparisonPdf', () => {
  it('prints the comparison view of a job holding the documents, writes the PDF, and drops the job', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\nfake comparison\n%%EOF');
    const seen: { id: string; view: unknown; job: unknown }[] = [];
    const printer: ReportPrinter = {
      async print(id, view) {
        seen.push({ id, view, job: await service.getComparisonJob({ id }) });
        return pdf;
      },
    };
    const { service, workspace } = browserService(printer);
    const documents = await documentsHeldBy(service);
    const result = await service.exportComparisonPdf({ path: 'cmp', documents, language: 'ko' });
    expect(result).toEqual({ path: join(workspace, 'cmp.pdf'), bytes: pdf.byteLength });
    expect(new Uint8Array(readFileSync(result!.path))).toEqual(pdf);
    expect(seen).toHaveLength(1);
    expect(seen[0].view).toBe('comparison');
    expect(seen[0].job).toMatchObject({
      documents: [
        { name: 'Plan A', scenario: { name: 'a' } },
        { name: 'Plan B', scenario: { name: 'b' } },
      ],
      language: 'ko',
    });
    await expect(service.getComparisonJob({ id: seen[0].id })).rejects.toMatchObject({ code: 'not-found' });
    // A scenario report's job is not a comparison job.
    await expect(service.getReportJob({ id: seen[0].id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses printer output that is not a PDF and writes nothing', async () => {
    const { service, workspace } = browserService({ print: async () => new TextEncoder().encode('<html>') });
    const documents = await documentsHeldBy(service);
    await expect(service.exportComparisonPdf({ path: 'c.pdf', documents })).rejects.toMatchObject({
      code: 'printer',
    });
    expect(existsSync(join(workspace, 'c.pdf'))).toBe(false);
  });

  it('refuses a document whose scenario does not fit the dataset it names, naming the document and the field', async () => {
    const { service, workspace } = browserService({ print: async () => new TextEncoder().encode('%PDF-1.7') });
    const [a, b] = await documentsHeldBy(service);
    const wrong = { ...b, scenario: { ...b.scenario, alternatives: ['nobody'] } };
    await expect(service.exportComparisonPdf({ path: 'w.pdf', documents: [a, wrong] })).rejects.toMatchObject({
      code: 'invalid-request',
      path: 'exportComparisonPdf: documents.1 → scenario.alternatives.0',
    });
    expect(existsSync(join(workspace, 'w.pdf'))).toBe(false);
  });
});
