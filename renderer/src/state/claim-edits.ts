import { claimIssues, type Claim } from '../../../shared/domain/claims';
import type { Scenario } from '../../../shared/domain/scenario';

/** True when the scenario would accept the claim list: ids unique, every model and benchmark known. */
function acceptable(scenario: Scenario, claims: readonly Claim[]): boolean {
  const ids = new Set(claims.map((c) => c.id));
  if (ids.size !== claims.length) return false;
  const models = new Set(scenario.dataset.models.map((m) => m.id));
  const benchmarks = new Set(scenario.dataset.benchmarks.map((b) => b.id));
  return claimIssues(claims, models, benchmarks).length === 0;
}

const withClaims = (scenario: Scenario, claims: Claim[]): Scenario =>
  acceptable(scenario, claims) ? { ...scenario, claims } : scenario;

/** The scenario with the claim appended; unchanged if its id is taken or it names an unknown model or benchmark. */
export const withClaimAdded = (scenario: Scenario, claim: Claim): Scenario =>
  withClaims(scenario, [...scenario.claims, claim]);

/** The scenario with claim `id` replaced in place (same refusals as adding). */
export const withClaimReplaced = (scenario: Scenario, id: string, claim: Claim): Scenario =>
  scenario.claims.some((c) => c.id === id)
    ? withClaims(
        scenario,
        scenario.claims.map((c) => (c.id === id ? claim : c)),
      )
    : scenario;

/** The scenario without claim `id` (unchanged if there is none). */
export const withoutClaim = (scenario: Scenario, id: string): Scenario =>
  scenario.claims.some((c) => c.id === id)
    ? { ...scenario, claims: scenario.claims.filter((c) => c.id !== id) }
    : scenario;

/** An id for a new claim, unique in the scenario: "claim-1", "claim-2", … */
export function newClaimId(scenario: Scenario): string {
  const taken = new Set(scenario.claims.map((c) => c.id));
  let n = scenario.claims.length + 1;
  while (taken.has(`claim-${n}`)) n++;
  return `claim-${n}`;
}
