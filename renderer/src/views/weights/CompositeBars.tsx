import { memo, useMemo } from 'react';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { formatComposite } from '../../charts/composite-option';
import { compositeScale } from '../../charts/composite-scale';
import { ranked, SHOWN } from '../results/ranked';
import './composite-bars.css';

/** One bar in grid row `row`: "rank. name", the bar (its length a share of the axis, in %) and the composite at its end. */
const Bar = memo(function Bar({
  row,
  label,
  composite,
  end,
}: {
  row: number;
  label: string;
  composite: number;
  end: number;
}) {
  const share = `${(Math.max(0, composite) / end) * 100}%`;
  return (
    <>
      <span className="composite-bars-label" style={{ gridRow: row }}>
        {label}
      </span>
      <span className="composite-bars-track" style={{ gridRow: row }}>
        <span className="composite-bars-bar" style={{ width: share }} />
        <span className="composite-bars-value" style={{ left: share }}>
          {formatComposite(composite)}
        </span>
      </span>
    </>
  );
});

/**
 * The composite chart beside the sliders, drawn by React (the Results view and the report keep the ECharts chart):
 * the best 50 as horizontal bars, best at the top, labelled "rank. name" with the composite at the bar's end, on the
 * ECharts chart's value axis (compositeScale). A slider step rewrites texts and widths of rows kept by position;
 * ECharts' update of the same bars took about 5.6 ms a step. An image with a text label for assistive technology.
 */
export const CompositeBars = memo(function CompositeBars({
  evaluation,
  label,
}: {
  evaluation: Evaluation;
  label: string;
}) {
  const top = useMemo(() => ranked(evaluation, SHOWN.chart), [evaluation]);
  const { end, ticks } = useMemo(
    () =>
      compositeScale(
        evaluation.method,
        top.map((a) => a.composite),
      ),
    [evaluation.method, top],
  );
  return (
    <div className="composite-bars" role="img" aria-label={label}>
      <span className="composite-bars-grid" style={{ gridRow: `1 / span ${top.length}` }} aria-hidden>
        {ticks.slice(1).map((tick) => (
          <span key={tick.value} className="composite-bars-line" style={{ left: `${(tick.value / end) * 100}%` }} />
        ))}
      </span>
      {top.map((a, i) => (
        <Bar key={i} row={i + 1} label={`${a.rank}. ${a.name}`} composite={a.composite} end={end} />
      ))}
      <span className="composite-bars-ticks" style={{ gridRow: top.length + 1 }} aria-hidden>
        {ticks.map((tick) => (
          <span key={tick.value} style={{ left: `${(tick.value / end) * 100}%` }}>
            {tick.label}
          </span>
        ))}
      </span>
    </div>
  );
});
