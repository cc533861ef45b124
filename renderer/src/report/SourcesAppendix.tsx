import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/domain/scenario';
import type { Evaluation } from '../../../shared/evaluation/evaluate';
import { measuredByText } from '../model/measured-by';
import { REPORT_SHOWN } from './report-limits';
import { citedSources, sourceRows } from './source-rows';

/** The mark beside the measurer: ◇ an independent measurement, † not the maker's own report (the legend says so). */
const MARK = { own: '', independent: ' ◇', 'second-hand': ' †' } as const;

/**
 * Appendix: every number the ranking used, with who measured it (marked when independent or second-hand) and its
 * source as a numbered citation; the numbered list of sources (title, address, kind, date) follows. A large scenario
 * lists the numbers of its best candidates only (REPORT_SHOWN.sourceRows), with a note saying so.
 */
export function SourcesAppendix({ scenario, evaluation }: { scenario: Scenario; evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { rows, models, total } = sourceRows(scenario, evaluation, REPORT_SHOWN.sourceRows);
  const cited = citedSources(scenario, rows);
  const names = new Map(scenario.dataset.models.map((m) => [m.id, m.name]));
  const modelName = (id: string) => names.get(id) ?? id;
  return (
    <section className="report-section report-appendix">
      <h2>{t('report.appendix')}</h2>
      {models < total && (
        <p className="report-left-out">{t('report.appendixShown', { shown: models, total, left: total - models })}</p>
      )}
      <table className="report-table sources-table">
        <thead>
          <tr>
            <th scope="col">{t('report.model')}</th>
            <th scope="col">{t('report.benchmark')}</th>
            <th scope="col" className="num">
              {t('report.value')}
            </th>
            <th scope="col">{t('report.measuredBy')}</th>
            <th scope="col">{t('report.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} className={`is-${row.kind}`}>
              <td>{row.model}</td>
              <td>{row.benchmark}</td>
              <td className="num">{row.value ?? '—'}</td>
              <td>
                {row.measuredBy && measuredByText(t, row.measuredBy, modelName)}
                {row.provenance && MARK[row.provenance]}
              </td>
              <td>
                {row.kind === 'override' && <strong>{t('report.override')}</strong>}
                {row.kind === 'missing' && t('report.missingValue')}
                {row.source !== null && `[${cited.number.get(row.source) ?? row.source}]`}
                {row.note && <span className="source-note"> {row.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-notes">{t('report.provenanceLegend')}</p>
      <h3>{t('report.sources')}</h3>
      <ol className="source-list">
        {cited.list.map((source) => (
          <li key={source.id}>
            <span className="source-title">{source.title}</span>
            {source.date && <span className="source-meta"> · {source.date}</span>}
            <span className="source-meta"> · {t(`data.sourceKind.${source.kind}`)}</span>
            {source.url !== source.title && <span className="source-url">{source.url}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
