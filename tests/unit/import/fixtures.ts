import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DatasetSchema, type Dataset } from '../../../shared/domain/dataset';

const root = join(import.meta.dirname, '../../..');

/** The shipped default dataset, parsed fresh for each caller. */
export const defaultDataset = (): Dataset =>
  DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));

const folders: string[] = [];
/** A fresh real temp folder per call, removed after the test. */
export function tempDir(prefix = 'sewb-import-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into a fresh temp folder and returns its path. */
export function writeTemp(name: string, data: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, data);
  return path;
}

export const TODAY = '2026-11-28';
