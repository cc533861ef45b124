import { dirname, extname } from 'node:path';
import type { WorkbenchApi } from '../../shared/api/contract';
import { WorkbenchError } from '../../shared/api/errors';
import type { Dataset } from '../../shared/domain/dataset';
import { SCENARIO_EXTENSION, type Scenario } from '../../shared/domain/scenario';
import { nodeAtomicFs, sweepStaleTemps, writeFileAtomic, type AtomicFs } from './atomic-write';
import { listBundled, loadBundledDataset, loadBundledScenario } from './bundled';
import { listEntries } from './directory-listing';
import { exportDataset, exportMatrix } from './export/export-file';
import { createImportJobs } from './import/import-jobs';
import { commitImport, previewImport } from './import/import-service';
import { createFileLocks, expectFile, expectFolder, expectUnchanged, expectWritable, forField } from './file-checks';
import { toIoError } from './io-error';
import { createConfinedPolicy, createGrantedPolicy } from './path-policy';
import { IMPORT_EXTENSIONS, type PathPolicy, type ServicePorts } from './ports';
import { createRecentFiles } from './recent-files';
import { createRecovery } from './recovery';
import { createReportJobs } from './report-jobs';
import { readScenarioDocument, writeScenarioFile } from './scenario-file';

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

  // Requests reach the service through createDispatcher, which has parsed them with the contract's
  // schemas, so a scenario is a full Scenario (defaults applied) although the contract types its input.

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
    loadBundledDataset: ({ id }) => loadBundledDataset(options.dataDir, id),
    loadBundledScenario: async ({ id }) => ({ scenario: await loadBundledScenario(options.dataDir, id) }),
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
      const { scenario, fingerprint } = await readScenarioDocument(real);
      await remember(real);
      return { path: real, scenario, fingerprint };
    },
    async saveScenario({ path, scenario, expected, overwrite }) {
      const parsed = scenario as Scenario;
      const chosen = await pick(path ?? null, (d) => d.pickSavePath(fileNameFor(parsed.name), 'sewb'));
      if (chosen === null) return null;
      const target = await writable('path', chosen, SCENARIO_EXTENSION);
      return locked(target, async () => {
        // A native Save As dialog has asked before replacing; otherwise the file must be the one we know.
        if (path !== null && overwrite !== true) await expectUnchanged(target, expected);
        const savedAt = now().toISOString();
        const fingerprint = await writeScenarioFile(target, { ...parsed, savedAt }, fs);
        await remember(target);
        return { path: target, savedAt, fingerprint };
      });
    },
    recentFiles: async () => ({ files: await recent.list() }),
    async exportPdf({ path, scenario, language, whatIf }) {
      const parsed = scenario as Scenario;
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
    async openExternal({ url }) {
      const { protocol } = new URL(url);
      if (protocol !== 'http:' && protocol !== 'https:')
        throw new WorkbenchError('forbidden', `${url}: only http and https links are opened`, null);
      if (!opener)
        throw new WorkbenchError('invalid-request', 'openExternal: this host opens links in the browser itself');
      await opener.openExternal(url);
      return {};
    },
    async autosave({ document, scenario }) {
      await recovery.save(document, scenario as Scenario);
      return {};
    },
    listRecovery: async ({ document }) => ({ copies: await recovery.list(document) }),
    async clearRecovery({ document }) {
      await recovery.clear(document);
      return {};
    },
    async keepDocument({ document }) {
      recovery.keep(document);
      return {};
    },
    async releaseDocument({ document }) {
      recovery.release(document);
      return {};
    },
    async previewImport({ path, dataset, mapping, edits, sheet, job }) {
      const chosen = await pick(path ?? null, (d) => d.pickOpenPath('import'));
      if (chosen === null) return null;
      const real = await readable('path', chosen, importable);
      const request = { mapping, edits, sheet };
      return imports.run(job, async (tracked) => ({
        path: real,
        preview: await previewImport(real, dataset as Dataset, request, today(), tracked),
      }));
    },
    async commitImport({ path, dataset, mapping, edits, sheet, job }) {
      const real = await readable('path', path, importable);
      return imports.run(job, (tracked) =>
        commitImport(real, dataset as Dataset, { mapping, edits, sheet }, today(), tracked),
      );
    },
    importProgress: async ({ job }) => imports.progress(job),
    async cancelImport({ job }) {
      imports.cancel(job);
      return {};
    },
    async exportDataset({ path, dataset, format }) {
      const chosen = await pick(path ?? null, (d) => d.pickSavePath('dataset', format));
      if (chosen === null) return null;
      const target = await writable('path', chosen, `.${format}`);
      return { path: target, ...(await exportDataset(target, dataset as Dataset, format)) };
    },
    async exportMatrix({ path, scenario, format }) {
      const parsed = scenario as Scenario;
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
