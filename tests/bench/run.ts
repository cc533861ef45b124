/**
 * npm run bench: runs every benchmark module (or those named: `npm run bench -- engine grid`) and prints one
 * JSON document of figures. Measurements, not pass/fail tests. Each module exports
 * `bench(): Promise<Record<string, unknown>>`.
 */
import { cpus } from 'node:os';

const all = ['engine', 'dataset', 'grid', 'ui', 'edit', 'report', 'sewb'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !all.includes(name));
if (unknown.length) throw new Error(`unknown bench module ${unknown.join(', ')} (known: ${all.join(', ')})`);
const modules = asked.length ? asked : all;

const figures: Record<string, unknown> = {
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
};
async function main(): Promise<void> {
  for (const name of modules) {
    try {
      const mod = (await import(`./${name}`)) as { bench: () => Promise<Record<string, unknown>> };
      figures[name] = await mod.bench();
    } catch (error) {
      figures[name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  console.log(JSON.stringify(figures, null, 2));
}

void main();
