import type { ReferenceSet } from '../../../../shared/evaluation/programme/reference-set';
import type { DateWindow } from '../../../../shared/evaluation/programme/dates';
import { useProgrammeT } from './i18n';

/** The frontier reference set for the window: included models with release dates, excluded ones with the reason. */
export function ReferenceSetList({ references, window }: { references: ReferenceSet; window: DateWindow }) {
  const t = useProgrammeT();
  return (
    <section className="programme-references" aria-label={t('frontier.referenceSet')}>
      <h3>{t('frontier.referenceSet')}</h3>
      <p>{t('frontier.window', { start: window.start, end: window.end })}</p>
      <h4>{t('frontier.included', { count: references.included.length })}</h4>
      {references.included.length === 0 ? (
        <p role="status">{t('frontier.noneInWindow')}</p>
      ) : (
        <ul aria-label={t('frontier.includedList')}>
          {references.included.map((r) => (
            <li key={r.model}>
              {r.name} <span className="programme-sub">{t('frontier.released', { date: r.releaseDate })}</span>
            </li>
          ))}
        </ul>
      )}
      {references.excluded.length > 0 && (
        <>
          <h4>{t('frontier.excluded', { count: references.excluded.length })}</h4>
          <ul aria-label={t('frontier.excludedList')}>
            {references.excluded.map((r) => (
              <li key={r.model}>
                {r.name}{' '}
                <span className="programme-sub">
                  {r.releaseDate ? t('frontier.released', { date: r.releaseDate }) : t('frontier.noReleaseDate')} —{' '}
                  {t(`frontier.reason.${r.reason}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
