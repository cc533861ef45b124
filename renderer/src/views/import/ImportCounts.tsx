import { useTranslation } from 'react-i18next';
import type { ImportPreviewWire } from '../../../../shared/api/import-schemas';
import { IMPORT_NS } from '../../i18n';

/** How much the file holds: observations accepted, rows read, problems, skipped rows, what is new. */
export function ImportCounts({ preview }: { preview: ImportPreviewWire }) {
  const { t } = useTranslation(IMPORT_NS);
  const { counts } = preview;
  const items: [string, number][] = [
    ['observations', counts.observations],
    ['rows', counts.rows],
    ['problems', counts.problems],
    ['skipped', counts.skippedRows],
    ['newModels', preview.newModels.length],
    ['newSources', preview.newSources.length],
  ];
  return (
    <dl className="import-counts" role="group" aria-label={t('counts.label')}>
      {items.map(([key, n]) => (
        <div key={key} className={key === 'problems' && n > 0 ? 'has-problems' : undefined}>
          <dt>{t(`counts.${key}`)}</dt>
          <dd>{n.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
