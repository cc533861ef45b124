/**
 * Builds data/datasets/default.json and data/scenarios/default.sewb from the published reference
 * figures in data/reference/*.csv (copied from ../shared/reference). Every observation keeps its
 * source link; unknowns stay null. Run: npm run build:data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDefaultDataset, buildDefaultScenario } from '../electron/services/reference-dataset';

const root = join(import.meta.dirname, '..');
const read = (name: string) => readFileSync(join(root, 'data/reference', name), 'utf8');
const dataset = buildDefaultDataset({
  models: read('models.csv'),
  benchmarks: read('benchmarks.csv'),
  observations: read('observations.csv'),
});
writeFileSync(join(root, 'data/datasets/default.json'), JSON.stringify(dataset, null, 1) + '\n');
writeFileSync(join(root, 'data/scenarios/default.sewb'), JSON.stringify(buildDefaultScenario(dataset), null, 1) + '\n');
console.log(
  `default dataset: ${dataset.models.length} models, ${dataset.benchmarks.length} benchmarks, ${dataset.sources.length} sources, ${dataset.observations.length} observations`,
);
