import { join } from 'node:path';
import { WorkbenchError } from '../../shared/api/errors';
import type { Scenario } from '../../shared/domain/scenario';
import { checkClaims, type ClaimMissing } from '../../shared/evaluation/claims/check';
import { readScenarioFile } from '../services/scenario-file';
import type { CliCommand } from './command';

/** The scenario `claims` reads when no file is given: the shipped default. */
export const DEFAULT_CLAIMS_SCENARIO = join(import.meta.dirname, '../../data/scenarios/default.sewb');

/** One missing piece in words, naming the model and benchmark (English; the app translates its own). */
export function missingText(m: ClaimMissing): string {
  switch (m.kind) {
    case 'value':
      return `no value for ${m.model} on ${m.benchmark}`;
    case 'ratio':
      return `no ratio of ${m.model} to ${m.baseline} on ${m.benchmark}: the baseline's value is not positive`;
    case 'not-in-set':
      return `${m.model} is not in the filtered set: its ${m.attribute} ${m.unknown ? 'is unknown' : 'does not meet the filter'}`;
    case 'no-check':
      return `no check can be formed: ${m.reason}`;
  }
}

/** The claims of a scenario with their status, computed figure, the cells read and their source links. */
export function claimsReport(scenario: Scenario, file: string) {
  const urls = new Map(scenario.dataset.sources.map((s) => [s.id, s.url]));
  const checked = checkClaims(scenario);
  const count = (status: string) => checked.filter((c) => c.outcome.status === status).length;
  return {
    file,
    scenario: scenario.name,
    counts: { verified: count('verified'), contradicted: count('contradicted'), notCheckable: count('not-checkable') },
    claims: checked.map(({ claim, outcome }) => ({
      id: claim.id,
      text: claim.text,
      by: claim.by,
      date: claim.date,
      source: claim.source,
      note: claim.note,
      check: claim.check,
      status: outcome.status,
      ...(outcome.status === 'not-checkable'
        ? { missing: outcome.missing.map((m) => ({ ...m, message: missingText(m) })) }
        : {
            figure: outcome.figure,
            expected: outcome.expected,
            tolerance: outcome.tolerance,
            ...(outcome.kind === 'rank' ? { set: outcome.set } : {}),
          }),
      cells: outcome.cells.map((c) => ({ ...c, sources: c.sources.map((id) => urls.get(id) ?? id) })),
    })),
  };
}

/**
 * `claims [file.sewb]`: each claim of the scenario checked against the cells the app shows (observation policy,
 * then what-if overrides): verified or contradicted with the computed figure (a ratio in %, a rank, a value), or not
 * checkable naming what is missing. Without a file, the shipped default scenario.
 */
export const claims: CliCommand = {
  name: 'claims',
  usage:
    'claims [file.sewb] — {file, scenario, counts, claims:[{id, text, by, date, source, check, status: verified | contradicted | not-checkable, figure, expected, tolerance | missing:[{kind, model, benchmark, message}], cells:[{model, benchmark, value, origin, sources}]}]}; without a file, data/scenarios/default.sewb',
  async run(input) {
    if (typeof input !== 'string' || input === '')
      throw new WorkbenchError('invalid-request', 'claims: expected the path of a .sewb scenario file');
    return claimsReport(await readScenarioFile(input), input);
  },
};
