/**
 * Builds the shipped programme scenarios from data/datasets/default.json and data/programme.json:
 *   data/scenarios/round1-as-planned.sewb, round1-as-announced.sewb, frontier-check.sewb, programme-so-far.sewb,
 *   frontier-closed.sewb.
 * Facts and sources: data/reference/programme.md. Run: npx tsx scripts/build-programme-scenarios.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetSchema } from '../shared/domain/dataset';
import { ProgrammeSchema, type ProgrammeInput } from '../shared/domain/programme';
import { ScenarioSchema, type Scenario } from '../shared/domain/scenario';
import { scenarioProgramme } from '../shared/evaluation/programme/programme';
import { buildDefaultScenario } from '../electron/services/reference-dataset';
import { ProgrammeFactsSchema } from '../shared/domain/programme-facts';
import { round1Programme, frontierCheckRules, ROUND1_NOTES, FRONTIER_NOTES } from './programme-round1';
import { MOTIF, PROGRAMME_SO_FAR_NOTES, programmeSoFar } from './programme-so-far';
import { closedFrontierRules, frontierClosedScenario } from './frontier-closed';

const root = join(import.meta.dirname, '..');
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/datasets/default.json'), 'utf8')));
const facts = ProgrammeFactsSchema.parse(JSON.parse(readFileSync(join(root, 'data/programme.json'), 'utf8')));
const base = buildDefaultScenario(dataset);

function write(
  file: string,
  name: string,
  programme: ProgrammeInput,
  notes: string,
  uncertainty: boolean,
  changes: Partial<Scenario> = {},
): void {
  const scenario: Scenario = ScenarioSchema.parse({
    ...base,
    ...changes,
    name,
    programme: ProgrammeSchema.parse(programme),
    uncertainty: { ...base.uncertainty, enabled: uncertainty, samples: 10000, seed: 20260115 },
    notes,
  });
  scenarioProgramme(scenario); // throws with the field path if the programme does not fit the dataset
  writeFileSync(join(root, 'data/scenarios', file), JSON.stringify(scenario, null, 1) + '\n');
  console.log(`${file}: ${name}`);
}

write(
  'round1-as-planned.sewb',
  '1차 평가 — 계획대로 (Round 1 as planned: eliminate one of five)',
  round1Programme({ independenceGate: false }),
  ROUND1_NOTES.planned,
  true,
);
write(
  'round1-as-announced.sewb',
  '1차 평가 — 발표 결과 (Round 1 as announced: 100-point scheme, independence gate)',
  round1Programme({ independenceGate: true }),
  ROUND1_NOTES.announced,
  true,
);
write(
  'frontier-check.sewb',
  '95% 프런티어 점검 (95% frontier check, 2026-01-15, 6 months)',
  { frontier: frontierCheckRules },
  FRONTIER_NOTES,
  false,
);
write(
  'programme-so-far.sewb',
  '지금까지의 프로그램 (The programme so far: round 1, the extra call, round 2, the final)',
  programmeSoFar(facts),
  PROGRAMME_SO_FAR_NOTES,
  true,
  { alternatives: [...base.alternatives, MOTIF] },
);
const closed = frontierClosedScenario(base);
write(
  'frontier-closed.sewb',
  '비공개 모델 포함 프런티어 (Frontier including closed models)',
  { frontier: closedFrontierRules },
  closed.notes,
  false,
  { criteria: closed.criteria },
);
