import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../shared/evaluation/compare';
import { ComparisonTables } from '../views/compare/ComparisonTables';
import { useCompareT } from '../views/compare/i18n';
import '../views/compare/compare.css';

interface Props {
  comparison: Comparison;
  generatedAt: string;
}

/** The A4 comparison report: the compared documents' names and scenarios, the change lines, the inputs and outcomes. */
export function ComparisonReport({ comparison, generatedAt }: Props) {
  const { t, i18n } = useTranslation();
  const tc = useCompareT();
  const date = new Date(generatedAt).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <article className="report">
      <header className="report-header">
        <p className="report-kicker">{t('app.title')}</p>
        <h1>{tc('reportTitle')}</h1>
        <p className="report-date">{t('report.generated', { date })}</p>
        <ol className="report-notes">
          {comparison.scenarios.map((s, i) => (
            <li key={i}>
              {s.name}
              {s.scenarioName !== s.name && ` — ${s.scenarioName}`}
            </li>
          ))}
        </ol>
      </header>
      <section className="report-section">
        <ComparisonTables comparison={comparison} />
      </section>
    </article>
  );
}
