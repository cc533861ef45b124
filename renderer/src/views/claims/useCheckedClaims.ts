import { useMemo } from 'react';
import type { Claim } from '../../../../shared/domain/claims';
import type { Scenario } from '../../../../shared/domain/scenario';
import { checkClaims, type CheckedClaim } from '../../../../shared/evaluation/claims/check';
import { describeFilter, useModelFilterT } from '../../components/ModelFilterFields';
import { describeCheck, figureText, missingList, namesOf } from './claim-text';
import { useClaimsT } from './i18n';

/** A claim with its outcome and the words the view and the report print for it. */
export interface ClaimRow extends CheckedClaim {
  check: string;
  figure: string;
  missing: string[];
  /** The claim's own source, then the sources of the cells it read (their links), without repeats. */
  sources: string[];
}

/** Every claim of the scenario checked against its cells, recomputed whenever the scenario changes (each edit). */
export function useClaimRows(scenario: Scenario): ClaimRow[] {
  const t = useClaimsT();
  const filterT = useModelFilterT();
  return useMemo(() => {
    const names = namesOf(scenario);
    const urls = new Map(scenario.dataset.sources.map((s) => [s.id, s.url]));
    const filterText = (c: Claim) => (c.check.kind === 'rank' ? describeFilter(c.check.among, filterT) : '');
    return checkClaims(scenario).map(({ claim, outcome }) => ({
      claim,
      outcome,
      check: describeCheck(claim, names, t, filterText),
      figure: figureText(outcome, t),
      missing: missingList(outcome, names, t),
      sources: [
        ...new Set([
          ...(claim.source ? [claim.source] : []),
          ...outcome.cells.flatMap((c) => c.sources.map((id) => urls.get(id) ?? id)),
        ]),
      ],
    }));
  }, [scenario, t, filterT]);
}
