import type { FrontierCell, FrontierResult } from '../../../../shared/evaluation/programme/frontier';
import { percent } from '../../format/percent';
import { score } from './format';
import { ratioColour } from './heatmap-colour';
import { useProgrammeT, type ProgrammeT } from './i18n';

interface Props {
  result: FrontierResult;
  /** Model id → display name (for "set by"). */
  names: ReadonlyMap<string, string>;
}

/**
 * Candidates × benchmarks coloured by ratio to the frontier bar, with a ✓/✗ mark against the
 * threshold, the aggregate and PASS/FAIL per candidate. Each cell's title says the value, the bar
 * and which reference model sets it. Used by the Frontier view and by the report.
 */
export function FrontierHeatmap({ result, names }: Props) {
  const t = useProgrammeT();
  const { rules } = result;
  const nameOf = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  return (
    <table className="programme-heatmap">
      <caption>{t('frontier.heatmap')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('frontier.candidate')}</th>
          {result.benchmarks.map((b) => (
            <th scope="col" key={b.benchmark}>
              <span className="programme-bench">{b.name}</span>
              <span className="programme-bar">
                {b.bar
                  ? t('frontier.barSetBy', { value: score(b.bar.value), models: nameOf(b.bar.setBy) })
                  : rules.sameReport
                    ? t('frontier.barPerReport')
                    : t('frontier.noReference')}
              </span>
            </th>
          ))}
          <th scope="col">{t('frontier.aggregateCol')}</th>
          <th scope="col">{t('frontier.result')}</th>
        </tr>
      </thead>
      <tbody>
        {result.candidates.map((c) => (
          <tr key={c.model}>
            <th scope="row">{c.name}</th>
            {result.benchmarks.map((b) => (
              <HeatCell
                key={b.benchmark}
                cell={c.cells[b.benchmark]}
                threshold={rules.threshold}
                t={t}
                nameOf={nameOf}
              />
            ))}
            <td className="programme-aggregate">
              {c.aggregate === null ? '—' : percent(c.aggregate)}
              <span className="programme-sub">{t('frontier.compared', { at: c.atThreshold, n: c.compared })}</span>
            </td>
            <td className={`programme-verdict ${c.pass === null ? '' : c.pass ? 'is-pass' : 'is-fail'}`}>
              {c.coverage.insufficient && c.compared > 0
                ? t('frontier.insufficient', {
                    present: c.coverage.present,
                    total: c.coverage.total,
                    min: percent(c.coverage.minShare),
                  })
                : c.pass === null
                  ? t('frontier.notCompared')
                  : c.pass
                    ? t('frontier.pass')
                    : t('frontier.fail')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeatCell({
  cell,
  threshold,
  t,
  nameOf,
}: {
  cell: FrontierCell;
  threshold: number;
  t: ProgrammeT;
  nameOf: (ids: string[]) => string;
}) {
  switch (cell.state) {
    case 'ratio': {
      const title = t('frontier.cellTitle', {
        value: score(cell.value),
        bar: score(cell.bar.value),
        setBy: nameOf(cell.bar.setBy),
        ratio: percent(cell.ratio),
      });
      return (
        <td title={title} style={{ background: ratioColour(cell.ratio, threshold) }}>
          {percent(cell.ratio)} {cell.reaches ? '✓' : '✗'}
          {cell.origin === 'override' && <span className="programme-sub">{t('frontier.override')}</span>}
        </td>
      );
    }
    case 'no-reference':
      return (
        <td title={cell.detail} className="programme-state">
          {t('frontier.noReference')}
        </td>
      );
    case 'no-value':
      return (
        <td
          title={cell.bar ? t('frontier.noValueTitle', { bar: score(cell.bar.value) }) : undefined}
          className="programme-state"
        >
          {t('frontier.noValue')}
        </td>
      );
    case 'undefined-ratio':
      return (
        <td title={cell.detail} className="programme-state">
          {t('frontier.undefinedRatio')}
        </td>
      );
  }
}
