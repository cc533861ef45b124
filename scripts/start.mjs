/* global process, console */
// `npm start`: build, then run the desktop app on the default data. Where Electron's runtime binary is
// not installed (an offline install with ELECTRON_SKIP_BINARY_DOWNLOAD), say so in one line and run the
// browser host instead, which prints its address.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/**
 * The Electron executable, or null. Read from the package's path.txt, not by require('electron'): since Electron 45
 * that require downloads a missing binary, and nothing may reach the network here.
 */
function electronExecutable() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const path = join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? path : null;
}

/** Runs a command with inherited stdio; resolves with its exit code, forwarding Ctrl+C and SIGTERM. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const built = await run(bin('electron-vite'), ['build']);
if (built !== 0) process.exit(built);

const electron = electronExecutable();
if (electron) {
  process.exit(await run(electron, ['.']));
}
console.log('Electron runtime not installed (offline install); starting the browser host instead.');
process.exit(await run(bin('tsx'), ['electron/host/main.ts']));
