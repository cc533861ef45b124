import { useTranslation } from 'react-i18next';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';
import { IMPORT_NS } from '../../i18n';
import { useScenarioStore } from '../../state/scenario-store';

/** The first accepted observations (the service sends at most 200), each with the row and column it came from. */
export function PreviewTable({ preview }: { preview: ImportPreviewWire }) {
  const { t } = useTranslation(IMPORT_NS);
  const dataset = useScenarioStore((s) => s.scenario?.dataset);
  if (preview.rows.length === 0) return null;
  const models = new Map([...(dataset?.models ?? []), ...preview.newModels].map((m) => [m.id, m.name]));
  const benchmarks = new Map((dataset?.benchmarks ?? []).map((b) => [b.id, b.name]));
  const title = t('preview.title', { count: preview.rows.length });
  return (
    <section className="import-preview">
      <h3>{title}</h3>
      <div className="import-table-wrap">
        <table className="import-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('preview.row')}</th>
              <th scope="col">{t('preview.column')}</th>
              <th scope="col">{t('preview.model')}</th>
              <th scope="col">{t('preview.setting')}</th>
              <th scope="col">{t('preview.benchmark')}</th>
              <th scope="col">{t('preview.value')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map(({ row, column, observation: o }) => (
              <tr key={o.id}>
                <td>{row}</td>
                <td>{column}</td>
                <td>{models.get(o.model) ?? o.model}</td>
                <td>{o.setting}</td>
                <td>{benchmarks.get(o.benchmark) ?? o.benchmark}</td>
                <td className="num">{o.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
