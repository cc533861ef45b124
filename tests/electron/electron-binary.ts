import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable, or the reason it is unavailable (the npm package without its binary). Read from the
 * package's path.txt, not by require('electron'): since Electron 45 that require tries to download a missing binary.
 */
export function findElectron(): { path: string } | { reason: string } {
  const pkg = join(__dirname, '../../node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile))
    return { reason: 'Electron runtime not installed (node_modules/electron has no binary: no path.txt)' };
  const path = join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path) ? { path } : { reason: `Electron binary not found at node_modules/electron/dist` };
}
