/**
 * npm run bench: runs every benchmark module and prints one JSON document of figures.
 * Measurements, not pass/fail tests. Each module exports `bench(): Promise<Record<string, unknown>>`.
 */
import { cpus } from 'node:os';

const modules = ['./engine', './dataset', './grid', './sewb'] as const;

const figures: Record<string, unknown> = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
};
async function main(): Promise<void> {
  for (const name of modules) {
    try {
      const mod = (await import(name)) as { bench: () => Promise<Record<string, unknown>> };
      figures[name.slice(2)] = await mod.bench();
    } catch (error) {
      figures[name.slice(2)] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  console.log(JSON.stringify(figures, null, 2));
}

void main();
