import type { ClaimStatus } from '../../../../shared/evaluation/claims/check';
import { useClaimsT } from './i18n';

const MARK: Record<ClaimStatus, string> = { verified: '✓', contradicted: '✗', 'not-checkable': '?' };

/** The status as a word with a mark (colour only repeats it). */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  const t = useClaimsT();
  return (
    <span className={`claim-status claim-status-${status}`}>
      <span aria-hidden="true">{MARK[status]}</span> <span>{t(`status.${status}`)}</span>
    </span>
  );
}
