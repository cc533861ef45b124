import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../shared/domain/scenario';
import { deriveWeights } from '../../../../shared/evaluation/weighting';
import { BUILD_NS } from '../../i18n';

const NO_DATA = { values: { rows: 0, cols: 0, data: new Float64Array() }, directions: [] };

/**
 * The report's assumption lines on how the weights were set (with AHP, its consistency ratio) and, under
 * PROMETHEE II, each criterion's preference function other than usual: <dt>/<dd> pairs for the assumptions list.
 */
export function WeightingAssumptions({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation(BUILD_NS);
  const method = scenario.weighting?.method ?? 'direct';
  const cr = (() => {
    if (method !== 'ahp') return null;
    try {
      const ids = scenario.criteria.map((c) => c.benchmark);
      return deriveWeights(ids, [], scenario.weighting!, NO_DATA).ahp?.cr ?? null;
    } catch {
      return null;
    }
  })();
  const names = new Map(scenario.dataset.benchmarks.map((b) => [b.id, b]));
  const preferences =
    scenario.method.name === 'promethee2'
      ? scenario.criteria.filter((c) => c.preference && c.preference.type !== 'usual')
      : [];
  return (
    <>
      <dt>{t('report.weighting')}</dt>
      <dd>
        {t(`weighting.method.${method}`)}
        {cr !== null && ` · CR = ${cr.toFixed(3)}`}
        {scenario.groups.length > 0 && ` · ${t('report.grouped')}`}
      </dd>
      {preferences.length > 0 && (
        <>
          <dt>{t('preference.heading')}</dt>
          <dd>
            {preferences
              .map((c) => {
                const f = c.preference!;
                const unit = names.get(c.benchmark)?.unit ?? '';
                const params = Object.entries(f)
                  .filter(([k]) => k !== 'type')
                  .map(([k, v]) => `${k} = ${String(v)} ${unit}`)
                  .join(', ');
                return `${names.get(c.benchmark)?.name ?? c.benchmark}: ${t(`preference.kind.${f.type}`)}, ${params}`;
              })
              .join(' · ')}
          </dd>
        </>
      )}
    </>
  );
}
