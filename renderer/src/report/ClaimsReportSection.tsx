import type { Scenario } from '../../../shared/domain/scenario';
import { StatusBadge } from '../views/claims/StatusBadge';
import { useClaimRows } from '../views/claims/useCheckedClaims';
import { useClaimsT } from '../views/claims/i18n';

/** The report's claims: each with who made it and when, its check, its status, the computed figure and its sources. */
export function ClaimsReportSection({ scenario }: { scenario: Scenario }) {
  const t = useClaimsT();
  const rows = useClaimRows(scenario);
  if (!rows.length) return null;
  return (
    <section className="report-section report-claims">
      <h2>{t('report.title')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('column.claim')}</th>
            <th scope="col">{t('column.check')}</th>
            <th scope="col">{t('column.status')}</th>
            <th scope="col">{t('column.figure')}</th>
            <th scope="col">{t('column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.claim.id}>
              <td>
                {row.claim.text}
                <br />
                <small>
                  {[row.claim.by, row.claim.date ?? t('noDate')].filter(Boolean).join(', ')}
                  {row.claim.note && ` — ${row.claim.note}`}
                </small>
              </td>
              <td>{row.check}</td>
              <td>
                <StatusBadge status={row.outcome.status} />
              </td>
              <td>
                {row.figure}
                {row.missing.map((m) => (
                  <div key={m}>{m}</div>
                ))}
              </td>
              <td className="report-source-cell">
                {row.sources.length ? row.sources.map((s) => <div key={s}>{s}</div>) : t('noSource')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
