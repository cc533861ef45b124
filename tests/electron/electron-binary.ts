import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron executable, or the reason it is unavailable (the npm package without its binary). */
export function findElectron(): { path: string } | { reason: string } {
  try {
    const path: unknown = createRequire(__filename)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { reason: `Electron binary not found at ${String(path)}` };
  } catch (error) {
    return {
      reason: `Electron runtime not installed (node_modules/electron has no binary: ${(error as Error).message})`,
    };
  }
}
