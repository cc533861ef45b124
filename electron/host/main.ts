/**
 * `npm run serve`: the browser host's composition root. Workspace = $WORKBENCH_WORKSPACE or ./workspace
 * (created if missing); `--port N` picks the port (default: a random free one). Prints one line with the
 * address and runs until SIGINT/SIGTERM.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHost } from './server';

function portArgument(argv: string[]): number | undefined {
  const at = argv.indexOf('--port');
  if (at < 0) return undefined;
  const port = Number(argv[at + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write(`--port takes a number from 1 to 65535 (got ${argv[at + 1] ?? 'nothing'})\n`);
    process.exit(2);
  }
  return port;
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const workspaceDir = resolve(process.env.WORKBENCH_WORKSPACE ?? 'workspace');
  mkdirSync(workspaceDir, { recursive: true });
  const host = await startHost({
    port: portArgument(process.argv.slice(2)),
    workspaceDir,
    dataDir: resolve(root, 'data'),
    rendererDir: resolve(root, 'out/renderer'),
  });
  process.stdout.write(`Sovereign Eval Workbench: ${host.url}\n`);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Sovereign Eval Workbench could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
