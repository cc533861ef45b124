import { useMemo } from 'react';
import { acceptabilityOption } from '../../charts/acceptability-option';
import { belowLegend } from '../../charts/legend';
import { SensitivityChart } from '../../charts/SensitivityChart';
import { useSensitivityT } from './i18n';
import './sensitivity.css';

/**
 * SMAA-2 rank acceptability as stacked bars beside its table, with the sentence that says how to read them.
 * `names[i]` has the shares `rows[i]` (ranks 1…m), in the table's order.
 */
export function AcceptabilityBars({
  names,
  rows,
  printed = false,
}: {
  names: readonly string[];
  rows: readonly (readonly number[])[];
  printed?: boolean;
}) {
  const t = useSensitivityT();
  const label = t('acceptability.label');
  const option = useMemo(
    () => acceptabilityOption(names, rows, (n) => t('acceptability.rank', { n }), label, !printed),
    [names, rows, t, label, printed],
  );
  return (
    <figure className="sensitivity acceptability-bars" aria-label={t('acceptability.title')}>
      <figcaption className="sensitivity-read">{t('acceptability.read')}</figcaption>
      <SensitivityChart
        option={option}
        label={label}
        height={40 + belowLegend(rows[0]?.length ?? 0) + 30 * names.length}
        printed={printed}
      />
    </figure>
  );
}
