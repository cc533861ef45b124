import { dirname, extname } from 'node:path';
import type { Fingerprint, WorkbenchApi } from '../../shared/api/contract';
import { WorkbenchError } from '../../shared/api/errors';
import {
  SCENARIO_EXTENSION,
  joinScenario,
  withoutDataset,
  type Scenario,
  type ScenarioBody,
} from '../../shared/domain/scenario';
import { nodeAtomicFs, sweepStaleTemps, writeFileAtomic, type AtomicFs } from './atomic-write';
import { listBundled, loadBundledDataset, loadBundledScenario } from './bundled';
import { listEntries } from './directory-listing';
import { createDocumentStore } from './document-store';
import { exportDataset, exportMatrix } from './export/export-file';
import { createImportJobs } from './import/import-jobs';
import { commitImport, previewImport } from './import/import-service';
import { createFileLocks, expectFile, expectFolder, expectUnchanged, expectWritable, forField } from './file-checks';
import { toIoError } from './io-error';
import { createConfinedPolicy, createGrantedPolicy } from './path-policy';
import { IMPORT_EXTENSIONS, type PathPolicy, type ServicePorts } from './ports';
import { createRecentFiles } from './recent-files';
import { createRecovery } from './recovery';
import { createComparisonJobs, type ComparedDocument } from './comparison-jobs';
import { createReportJobs } from './report-jobs';
import { readHeldScenarioDocument, writeHeldScenarioFile } from './scenario-file';
import { heldFromArrow, heldFromRows } from './held-dataset';
import type { HeldScenario } from './sewb-v2';
import { DatasetWireError, datasetToWire, readDatasetWire } from '../../shared/dataset/dataset-wire';

interface WorkbenchServiceOptions {
  /** Bundled data: datasets/*.json and scenarios/*.sewb. */
  dataDir: string;
  /** The browser host's workspace folder (in-app picker root); null in Electron. */
  workspaceDir: string | null;
  /** Where recent.json and recovery/ live. */
  userDataDir: string;
  host: 'electron' | 'browser';
  version: string;
  locale: string;
  ports: ServicePorts;
  now?: () => Date;
  /** The file operations of atomic writes (scenarios, recovery copies); tests inject failures. */
  fs?: AtomicFs;
}

const PDF_EXTENSION = '.pdf';

/** A file name for a dialog's suggestion: the scenario name without characters file systems refuse. */
const fileNameFor = (name: string): string =>
  name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .trim()
    .slice(0, 120) || 'scenario';

/** Adds `ext` when the name has none; refuses another extension so no other kind of file is overwritten. */
function withExtension(path: string, ext: string): string {
  const current = extname(path);
  if (current === '') return `${path}${ext}`;
  if (current.toLowerCase() !== ext)
    throw new WorkbenchError('invalid-request', `${path}: the file name must end in ${ext}`, path);
  return path;
}

/** Import reads only data files, whatever else the path policy would allow. */
function importable(path: string): string {
  const ext = extname(path).slice(1).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext))
    throw new WorkbenchError(
      'invalid-request',
      `${path}: import reads ${IMPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')} files`,
      path,
    );
  return path;
}

const noDialogs = (what: string) =>
  new WorkbenchError('invalid-request', `${what}: this host has no native file dialogs; choose a file in the app`);

function defaultPolicy(options: WorkbenchServiceOptions, isRecent: (path: string) => Promise<boolean>): PathPolicy {
  if (options.host === 'electron') return createGrantedPolicy(isRecent);
  if (!options.workspaceDir) throw new Error('the browser host needs a workspace folder');
  return createConfinedPolicy({
    workspace: options.workspaceDir,
    read: [options.workspaceDir, options.dataDir],
    write: [options.workspaceDir],
  });
}

/** Every WorkbenchApi method over plain Node; the host's capabilities arrive as ports. */
export function createWorkbenchService(options: WorkbenchServiceOptions): WorkbenchApi {
  const now = options.now ?? (() => new Date());
  const { dialogs, printer, opener } = options.ports;
  const recent = createRecentFiles(options.userDataDir, now);
  const fs = options.fs ?? nodeAtomicFs;
  const recovery = createRecovery(options.userDataDir, now, fs);
  const locked = createFileLocks();
  const imports = createImportJobs();
  const jobs = createReportJobs(now);
  const comparisons = createComparisonJobs(now);
  /** The date of an import's own source (YYYY-MM-DD), from the service's clock. */
  const today = () => now().toISOString().slice(0, 10);
  const paths = options.ports.paths ?? defaultPolicy(options, (p) => recent.has(p));

  /** The file a request names in `field`, resolved by the path policy and checked to be a readable file. */
  const readable = (field: string, path: string, check: (p: string) => string = (p) => p) =>
    forField(field, path, async () => {
      const real = await paths.resolveRead(check(path));
      await expectFile(real);
      return real;
    });
  /** The file a request names in `field` to write, with `ext`: allowed, its folder there, not a folder. */
  const writable = (field: string, path: string, ext: string) =>
    forField(field, path, async () => {
      const target = await paths.resolveWrite(withExtension(path, ext));
      await expectWritable(target);
      return target;
    });

  /** The recent list is a convenience: failing to update it must not fail an open or a save that worked. */
  const remember = (path: string) => recent.add(path).catch(() => undefined);

  const held = createDocumentStore();
  /** A scenario read in full (file, bundled, recovery copy) opened as a document: what the page is sent. */
  const hold = (
    scenario: Scenario | HeldScenario,
    file: { path: string; fingerprint: Fingerprint } | null,
    id?: string,
  ) => {
    const { body, dataset } =
      'body' in scenario ? scenario : { body: withoutDataset(scenario), dataset: heldFromRows(scenario.dataset) };
    const datasetId = held.putDataset(dataset);
    const document = held.open({ path: file?.path ?? null, fingerprint: file?.fingerprint ?? null, datasetId }, id);
    recovery.keep(document.id);
    return { document: document.id, datasetId, scenario: body };
  };
  /**
   * `body` (parsed by createDispatcher with the contract's schema, so defaults are applied although the contract
   * types its input) over the dataset held as `datasetId`, for `document` when one is named; its references to the
   * dataset checked here, named as the request's fields.
   */
  const joined = (method: string, body: unknown, datasetId: string, document?: string): Scenario => {
    const dataset = document === undefined ? held.dataset(datasetId) : held.datasetFor(document, datasetId);
    const result = joinScenario(body as ScenarioBody, dataset);
    if (result.ok) return result.scenario;
    const field = ['scenario', ...result.path].join('.');
    throw new WorkbenchError('invalid-request', `${method}: ${field}: ${result.message}`, `${method} → ${field}`);
  };
  /**
   * The same checks as `joined` (they read the dataset's models and benchmarks, not its observations), giving the
   * scenario as held: no row objects are built for a dataset held as Arrow.
   */
  const joinedHeld = (method: string, body: unknown, datasetId: string, document: string): HeldScenario => {
    const dataset = held.heldFor(document, datasetId);
    const result = joinScenario(body as ScenarioBody, { ...dataset.facts, observations: [] });
    if (result.ok) return { body: withoutDataset(result.scenario), dataset };
    const field = ['scenario', ...result.path].join('.');
    throw new WorkbenchError('invalid-request', `${method}: ${field}: ${result.message}`, `${method} → ${field}`);
  };

  /** The path from the request, or the one the user picks in a native dialog (granted); null = cancelled. */
  const pick = async (path: string | null, ask: (d: NonNullable<typeof dialogs>) => Promise<string | null>) => {
    if (path !== null) return path;
    if (!dialogs) throw noDialogs('path');
    const picked = await ask(dialogs);
    if (picked !== null) paths.grant(picked);
    return picked;
  };

  return {
    async getAppInfo() {
      return {
        version: options.version,
        host: options.host,
        locale: options.locale,
        workspace: options.workspaceDir,
        nativeDialogs: dialogs !== undefined,
      };
    },
    listBundled: () => listBundled(options.dataDir),
    loadBundledDataset: async ({ id }) => datasetToWire(await loadBundledDataset(options.dataDir, id)),
    loadBundledScenario: async ({ id }) => hold(await loadBundledScenario(options.dataDir, id), null),
    async getDataset({ datasetId }) {
      try {
        return held.held(datasetId).wire();
      } catch (error) {
        // A version 1 file's item count the Uint32 column cannot hold (columnsFromObservations names the row).
        if (error instanceof RangeError)
          throw new WorkbenchError('invalid-file', `getDataset: ${error.message}`, datasetId);
        throw error;
      }
    },
    async putDataset({ dataset }) {
      try {
        const { facts, observationsArrow, columns } = readDatasetWire(dataset);
        return { datasetId: held.putDataset(heldFromArrow(facts, observationsArrow, columns.id.length)) };
      } catch (error) {
        if (!(error instanceof DatasetWireError)) throw error;
        throw new WorkbenchError('invalid-request', `putDataset: ${error.message}`, `putDataset → ${error.path}`);
      }
    },
    async newDocument({ datasetId }) {
      const document = held.open({ path: null, fingerprint: null, datasetId });
      recovery.keep(document.id);
      return { document: document.id };
    },
    async listDirectory({ dir }) {
      if (options.workspaceDir === null)
        throw new WorkbenchError('invalid-request', 'listDirectory: this host has no workspace folder');
      const request = dir ?? options.workspaceDir;
      const target = await forField('dir', request, async () => {
        const real = await paths.resolveRead(request);
        await expectFolder(real);
        return real;
      });
      const entries = await listEntries(target);
      const parent = dirname(target);
      const parentAllowed =
        parent !== target &&
        (await paths.resolveRead(parent).then(
          () => true,
          () => false,
        ));
      return { dir: target, parent: parentAllowed ? parent : null, entries };
    },
    async openScenario({ path }) {
      const chosen = await pick(path ?? null, (d) => d.pickOpenPath());
      if (chosen === null) return null;
      const real = await readable('path', chosen);
      const { held: scenario, fingerprint } = await readHeldScenarioDocument(real);
      await remember(real);
      return { path: real, fingerprint, ...hold(scenario, { path: real, fingerprint }) };
    },
    async saveScenario({ document, datasetId, scenario, path, expected, overwrite }) {
      held.document(document);
      const parsed = joinedHeld('saveScenario', scenario, datasetId, document);
      const chosen = await pick(path ?? null, (d) => d.pickSavePath(fileNameFor(parsed.body.name), 'sewb'));
      if (chosen === null) return null;
      const target = await writable('path', chosen, SCENARIO_EXTENSION);
      return locked(target, async () => {
        // A native Save As dialog has asked before replacing; otherwise the file must be the one we know.
        if (path !== null && overwrite !== true) await expectUnchanged(target, expected);
        const savedAt = now().toISOString();
        const fingerprint = await writeHeldScenarioFile(target, { ...parsed, body: { ...parsed.body, savedAt } }, fs);
        held.update(document, { path: target, fingerprint, datasetId });
        await remember(target);
        return { path: target, savedAt, fingerprint };
      });
    },
    recentFiles: async () => ({ files: await recent.list() }),
    async exportPdf({ path, datasetId, scenario, language, whatIf }) {
      const parsed = joined('exportPdf', scenario, datasetId);
      const chosen = await pick(path ?? null, (d) => d.pickSavePath(fileNameFor(parsed.name), 'pdf'));
      if (chosen === null) return null;
      const target = await writable('path', chosen, PDF_EXTENSION);
      if (!printer) throw new WorkbenchError('printer', 'this host has no report printer');
      const pdf = await jobs.print(parsed, printer, language, whatIf);
      await writeFileAtomic(target, pdf).catch((error: unknown) => {
        throw toIoError(error, target, 'write the PDF');
      });
      return { path: target, bytes: pdf.byteLength };
    },
    async getReportJob({ id }) {
      return jobs.get(id);
    },
    async exportComparisonPdf({ path, documents, language }) {
      const compared: ComparedDocument[] = documents.map((d, i) => ({
        name: d.name,
        scenario: joined(`exportComparisonPdf: documents.${i}`, d.scenario, d.datasetId),
      }));
      const suggested = fileNameFor(compared.map((d) => d.name).join(' vs '));
      const chosen = await pick(path ?? null, (d) => d.pickSavePath(suggested, 'pdf'));
      if (chosen === null) return null;
      const target = await writable('path', chosen, PDF_EXTENSION);
      if (!printer) throw new WorkbenchError('printer', 'this host has no report printer');
      const pdf = await comparisons.print(compared, printer, language);
      await writeFileAtomic(target, pdf).catch((error: unknown) => {
        throw toIoError(error, target, 'write the PDF');
      });
      return { path: target, bytes: pdf.byteLength };
    },
    async getComparisonJob({ id }) {
      return comparisons.get(id);
    },
    async openExternal({ url }) {
      const { protocol } = new URL(url);
      if (protocol !== 'http:' && protocol !== 'https:')
        throw new WorkbenchError('forbidden', `${url}: only http and https links are opened`, null);
      if (!opener)
        throw new WorkbenchError('invalid-request', 'openExternal: this host opens links in the browser itself');
      await opener.openExternal(url);
      return {};
    },
    async autosave({ document, datasetId, scenario }) {
      held.document(document);
      // The copy holds the dataset's own Arrow table: no row objects for a dataset held as Arrow.
      await recovery.save(document, joinedHeld('autosave', scenario, datasetId, document));
      return {};
    },
    listRecovery: async () => ({ copies: await recovery.list() }),
    async restoreRecovery({ document }) {
      if (held.isOpen(document))
        throw new WorkbenchError('conflict', `document ${document} is open in another page or window`, document);
      const copy = await recovery.read(document);
      return { ...hold(copy.scenario, null, document), savedAt: copy.savedAt };
    },
    async clearRecovery({ document }) {
      await recovery.clear(document);
      return {};
    },
    async keepDocument({ document }) {
      recovery.keep(document);
      held.document(document);
      return {};
    },
    async releaseDocument({ document }) {
      recovery.release(document);
      held.release(document);
      return {};
    },
    async previewImport({ path, datasetId, mapping, edits, sheet, job }) {
      const dataset = held.dataset(datasetId);
      const chosen = await pick(path ?? null, (d) => d.pickOpenPath('import'));
      if (chosen === null) return null;
      const real = await readable('path', chosen, importable);
      const request = { mapping, edits, sheet };
      return imports.run(job, async (tracked) => ({
        path: real,
        preview: await previewImport(real, dataset, request, today(), tracked),
      }));
    },
    async commitImport({ document, path, datasetId, mapping, edits, sheet, job }) {
      held.document(document);
      const dataset = held.datasetFor(document, datasetId);
      const real = await readable('path', path, importable);
      const outcome = await imports.run(job, (tracked) =>
        commitImport(real, dataset, { mapping, edits, sheet }, today(), tracked),
      );
      if (!outcome.ok) return outcome;
      const merged = held.putDataset(outcome.dataset);
      held.update(document, { datasetId: merged });
      return { ...outcome, datasetId: merged };
    },
    importProgress: async ({ job }) => imports.progress(job),
    async cancelImport({ job }) {
      imports.cancel(job);
      return {};
    },
    async exportDataset({ path, datasetId, format }) {
      const dataset = held.dataset(datasetId);
      const chosen = await pick(path ?? null, (d) => d.pickSavePath('dataset', format));
      if (chosen === null) return null;
      const target = await writable('path', chosen, `.${format}`);
      return { path: target, ...(await exportDataset(target, dataset, format)) };
    },
    async exportMatrix({ path, datasetId, scenario, format }) {
      const parsed = joined('exportMatrix', scenario, datasetId);
      const chosen = await pick(path ?? null, (d) => d.pickSavePath(`${fileNameFor(parsed.name)}-matrix`, format));
      if (chosen === null) return null;
      const target = await writable('path', chosen, `.${format}`);
      return { path: target, ...(await exportMatrix(target, parsed, format)) };
    },
  };
}

/**
 * At start: removes the temp files that writes killed mid-way left (see sweepStaleTemps) in the folders
 * the services write to: the workspace, the user-data folder (recent list, recovery copies) and, in the
 * desktop app, the folders of the recent files.
 */
export async function sweepServiceTemps(
  options: Pick<WorkbenchServiceOptions, 'workspaceDir' | 'userDataDir'>,
  sweep: { now?: () => Date } = {},
): Promise<string[]> {
  const recentFolders = (await createRecentFiles(options.userDataDir).list()).map((f) => dirname(f.path));
  const deep = [options.workspaceDir, options.userDataDir].filter((d): d is string => d !== null);
  const removed = await sweepStaleTemps(deep, sweep);
  return [...removed, ...(await sweepStaleTemps([...new Set(recentFolders)], { ...sweep, depth: 0 }))];
}
