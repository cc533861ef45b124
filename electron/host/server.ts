import { readFileSync, realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createDispatcher } from '../../shared/api/transport';
import { API_PREFIX, REPORT_QUERY, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/http';
import { createPathRedactor, redactErrorBody, type NamedRoot } from '../services/redact-paths';
import { createWorkbenchService, sweepServiceTemps } from '../services/workbench';
import { handleApi, refuse } from './api-route';
import { createChromiumPrinter } from './chromium-printer';
import { processLocale } from './locale';
import { fromLoopbackOrigin, newToken, tokenMatches } from './request-guard';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';

interface HostOptions {
  /** Port to listen on; a random free one when omitted or 0. */
  port?: number;
  /** The host listens on loopback only. */
  host?: '127.0.0.1';
  /** The folder the in-app picker shows; all reads and writes stay inside it (and reads in dataDir). */
  workspaceDir: string;
  /** Bundled datasets/ and scenarios/. */
  dataDir: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  chromePath?: string;
  /** recent.json and recovery/; default <workspace>/.workbench (hidden from the picker). */
  userDataDir?: string;
  version?: string;
  locale?: string;
}

export interface RunningHost {
  /** The app's address with the per-launch token. */
  url: string;
  port: number;
  /** What the server is bound to (server.address()): always 127.0.0.1. */
  address: AddressInfo;
  token: string;
  close(): Promise<void>;
}

const packageVersion = (): string =>
  (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** Each folder as given and as its real path (a workspace under a symlinked /tmp is named either way). */
const bothForms = (dir: string, label: string): NamedRoot[] => {
  const real = (() => {
    try {
      return realpathSync(dir);
    } catch {
      return dir;
    }
  })();
  return real === dir
    ? [{ dir, label }]
    : [
        { dir, label },
        { dir: real, label },
      ];
};

/**
 * Error replies name files relative to the workspace ("sub/x.sewb"), the bundled data ("bundled data/…")
 * or the host's own folder; any other absolute path only by its last part.
 */
function hostPathRedactor(folders: { dataDir: string; workspaceDir: string; userDataDir: string }) {
  return createPathRedactor(
    [
      ...bothForms(folders.workspaceDir, ''),
      ...bothForms(folders.dataDir, 'bundled data'),
      ...bothForms(folders.userDataDir, 'host data'),
    ],
    true,
  );
}

/**
 * The browser host: the built renderer and the WorkbenchApi (POST /api/<method>) on 127.0.0.1, with a
 * per-launch token required on every API call and a Host/Origin check against DNS rebinding.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = newToken();
  let origin = '';
  const printer = createChromiumPrinter({
    chromePath: options.chromePath,
    reportUrl: (jobId) =>
      `${origin}/?${TOKEN_QUERY}=${encodeURIComponent(token)}&${REPORT_QUERY}=${encodeURIComponent(jobId)}`,
  });
  const folders = {
    dataDir: resolve(options.dataDir),
    workspaceDir: resolve(options.workspaceDir),
    userDataDir: resolve(options.userDataDir ?? join(options.workspaceDir, '.workbench')),
  };
  await sweepServiceTemps(folders);
  const service = createWorkbenchService({
    ...folders,
    host: 'browser',
    version: options.version ?? packageVersion(),
    locale: options.locale ?? processLocale(),
    ports: { printer },
  });
  const redact = hostPathRedactor(folders);
  const dispatch = createDispatcher(service, redactErrorBody(redact));

  const handle = async (req: IncomingMessage, res: ServerResponse, port: number): Promise<void> => {
    setSecurityHeaders(res);
    if (!fromLoopbackOrigin(req, port))
      return refuse(res, 403, 'forbidden', 'requests must come from the app on this computer (Host/Origin check)');
    if (!(req.url ?? '/').startsWith(API_PREFIX)) return serveStatic(req, res, options.rendererDir);
    if (!tokenMatches(req.headers[TOKEN_HEADER], token))
      return refuse(res, 401, 'forbidden', 'missing or wrong token; open the address the host printed');
    return handleApi(req, res, dispatch);
  };

  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const { port } = address;
  origin = `http://127.0.0.1:${port}`;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, port).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      refuse(res, 500, 'internal', redact(error instanceof Error ? error.message : String(error)));
    });
  });

  return {
    url: `${origin}/?${TOKEN_QUERY}=${encodeURIComponent(token)}`,
    port,
    address,
    token,
    async close() {
      await printer.close();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
