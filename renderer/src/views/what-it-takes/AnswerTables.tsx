import type { BenchmarkAnswer, PointsAnswer, WeightAnswer } from '../../../../shared/evaluation/what-it-takes/index';
import { percent } from '../../format/percent';
import { howText, shown, signed } from './format';
import type { WhatIfT } from './i18n';

/** One "Apply as what-if" press: what is set (a label) and the value set. */
export type Apply = (what: string, value: number) => void;

function ApplyButton({ t, what, value, onApply }: { t: WhatIfT; what: string; value: number; onApply: Apply }) {
  return (
    <button
      type="button"
      aria-label={t('applyLabel', { what, value: shown(value) })}
      onClick={() => onApply(what, value)}
    >
      {t('apply')}
    </button>
  );
}

const Head = ({ t, first, raw = false }: { t: WhatIfT; first: string; raw?: boolean }) => (
  <thead>
    <tr>
      <th scope="col">{t(`col.${first}`)}</th>
      <th scope="col" className="num">
        {t('col.now')}
      </th>
      <th scope="col" className="num">
        {t('col.needed')}
      </th>
      <th scope="col" className="num">
        {t(raw ? 'col.raw' : 'col.change')}
      </th>
      <th scope="col">{t('col.how')}</th>
      <th scope="col">
        <span className="visually-hidden">{t('apply')}</span>
      </th>
    </tr>
  </thead>
);

export function BenchmarkTable({ t, answers, onApply }: { t: WhatIfT; answers: BenchmarkAnswer[]; onApply: Apply }) {
  return (
    <table className="ranking-table whatif-table" aria-label={t('benchmarks')}>
      <Head t={t} first="benchmark" />
      <tbody>
        {answers.map((a) => (
          <tr key={a.benchmark}>
            <th scope="row">{a.name}</th>
            <td className="num">{a.current === null ? t('empty') : shown(a.current)}</td>
            <td className="num">{a.value === null ? '—' : shown(a.value)}</td>
            <td className="num">{a.change === null ? '—' : signed(a.change)}</td>
            <td>
              {a.how ? howText(t, a.how) : a.obstacle ? t(`obstacle.${a.obstacle}`, { best: shown(a.searchedTo) }) : ''}
            </td>
            <td>{a.value !== null && <ApplyButton t={t} what={a.name} value={a.value} onApply={onApply} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PointsTable({
  t,
  caption,
  answers,
  onApply,
}: {
  t: WhatIfT;
  caption: string;
  answers: PointsAnswer[];
  onApply: Apply;
}) {
  return (
    <table className="ranking-table whatif-table" aria-label={caption}>
      <Head t={t} first="component" />
      <tbody>
        {answers.map((a) => (
          <tr key={a.component} className={a.parent ? 'whatif-sub' : undefined}>
            <th scope="row">{a.label}</th>
            <td className="num">
              {a.obstacle === 'shadowed' ? '—' : shown(a.current)} / {a.maxPoints}
            </td>
            <td className="num">{a.points === null ? '—' : shown(a.points)}</td>
            <td className="num">{a.change === null ? '—' : signed(a.change)}</td>
            <td>
              {a.how
                ? howText(t, a.how, a.strict)
                : a.obstacle
                  ? t(`obstacle.${a.obstacle}`, { points: a.points === null ? '' : shown(a.points), max: a.maxPoints })
                  : ''}
            </td>
            <td>
              {a.state === 'reachable' && a.points !== null && (
                <ApplyButton t={t} what={a.label} value={a.points} onApply={onApply} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeightTable({ t, answers, onApply }: { t: WhatIfT; answers: WeightAnswer[]; onApply: Apply }) {
  return (
    <table className="ranking-table whatif-table" aria-label={t('weights')}>
      <Head t={t} first="criterion" raw />
      <tbody>
        {answers.map((a) => (
          <tr key={a.benchmark}>
            <th scope="row">{a.name}</th>
            <td className="num">{percent(a.current)}</td>
            <td className="num">{a.weight === null ? '—' : percent(a.weight)}</td>
            <td className="num">{a.rawNeeded === null ? '—' : shown(a.rawNeeded)}</td>
            <td>{a.how ? howText(t, a.how) : a.obstacle ? t(`obstacle.${a.obstacle}`) : ''}</td>
            <td>
              {a.rawNeeded !== null && a.rawNeeded <= 100 && (
                <ApplyButton t={t} what={a.name} value={a.rawNeeded} onApply={onApply} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
