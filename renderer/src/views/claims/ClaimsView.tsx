import { useState } from 'react';
import type { Claim } from '../../../../shared/domain/claims';
import type { Scenario } from '../../../../shared/domain/scenario';
import { newClaimId } from '../../state/claim-edits';
import { useScenarioStore } from '../../state/scenario-store';
import { ClaimForm } from './ClaimForm';
import { SourceLink } from './SourceLink';
import { StatusBadge } from './StatusBadge';
import { useClaimRows, type ClaimRow } from './useCheckedClaims';
import { useClaimsT } from './i18n';
import './claims.css';

/**
 * The claims ledger: every claim of the scenario with who made it, when, its source, its check, and its status
 * recomputed from the scenario's cells on every edit (so a Data view edit or an undo shows here at once). Adding,
 * editing and deleting a claim are store actions, one undo step each.
 */
export function ClaimsView() {
  const scenario = useScenarioStore((s) => s.scenario);
  return scenario ? <ClaimsLedger scenario={scenario} /> : null;
}

function ClaimsLedger({ scenario }: { scenario: Scenario }) {
  const t = useClaimsT();
  const addClaim = useScenarioStore((s) => s.addClaim);
  const updateClaim = useScenarioStore((s) => s.updateClaim);
  const deleteClaim = useScenarioStore((s) => s.deleteClaim);
  const [editing, setEditing] = useState<{ claim: Claim | null } | null>(null);
  const rows = useClaimRows(scenario);
  const count = (status: string) => rows.filter((r) => r.outcome.status === status).length;
  return (
    <section className="claims-view" aria-labelledby="claims-title">
      <h2 id="claims-title">{t('title')}</h2>
      <p className="claims-intro">{t('intro')}</p>
      <div className="claims-toolbar">
        <button type="button" onClick={() => setEditing({ claim: null })}>
          {t('add')}
        </button>
        <span role="status">
          {t('counts', {
            verified: count('verified'),
            contradicted: count('contradicted'),
            notCheckable: count('not-checkable'),
          })}
        </span>
      </div>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="claims-table" aria-label={t('title')}>
          <thead>
            <tr>
              <th scope="col">{t('column.claim')}</th>
              <th scope="col">{t('column.by')}</th>
              <th scope="col">{t('column.check')}</th>
              <th scope="col">{t('column.status')}</th>
              <th scope="col">{t('column.figure')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ClaimTableRow
                key={row.claim.id}
                row={row}
                onEdit={() => setEditing({ claim: row.claim })}
                onDelete={() => deleteClaim(row.claim.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <ClaimForm
          scenario={scenario}
          claim={editing.claim}
          id={editing.claim?.id ?? newClaimId(scenario)}
          onSave={(claim) => (editing.claim ? updateClaim(editing.claim.id, claim) : addClaim(claim))}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function ClaimTableRow({ row, onEdit, onDelete }: { row: ClaimRow; onEdit(): void; onDelete(): void }) {
  const t = useClaimsT();
  const { claim, outcome } = row;
  return (
    <tr data-claim={claim.id}>
      <th scope="row">
        {claim.text}
        {claim.note && <p className="claim-note">{claim.note}</p>}
      </th>
      <td>
        {claim.by}
        <br />
        <span className="claim-date">{claim.date ?? t('noDate')}</span>
        <br />
        {claim.source ? (
          <SourceLink source={claim.source} label={t('column.source')} />
        ) : (
          <span className="claim-date">{t('noSource')}</span>
        )}
      </td>
      <td>{row.check}</td>
      <td>
        <StatusBadge status={outcome.status} />
      </td>
      <td>
        {row.figure}
        {row.missing.length > 0 && (
          <ul className="claim-missing">
            {row.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="claim-actions">
        <button type="button" aria-label={t('editLabel', { text: claim.text })} onClick={onEdit}>
          {t('edit')}
        </button>
        <button type="button" aria-label={t('deleteLabel', { text: claim.text })} onClick={onDelete}>
          {t('delete')}
        </button>
      </td>
    </tr>
  );
}
