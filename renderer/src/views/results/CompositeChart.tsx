import { useMemo } from 'react';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { compositeBarOption } from '../../charts/composite-option';
import { useEChart, type EChartOptions } from '../../charts/useEChart';
import { SHOWN } from './ranked';
import './results.css';

interface Props extends EChartOptions {
  evaluation: Evaluation;
  label: string;
  animation?: boolean;
  className?: string;
}

/** The composite scores as a bar chart (the best 50); an image with a text label for assistive technology. */
export function CompositeChart({ evaluation, label, animation = true, className, ...chart }: Props) {
  const option = useMemo(
    () => compositeBarOption(evaluation, { animation, title: label }),
    [evaluation, animation, label],
  );
  const ref = useEChart<HTMLDivElement>(option, chart);
  const height = 40 + Math.min(evaluation.alternatives.length, SHOWN.chart) * 34;
  return <div ref={ref} className={className ?? 'composite-chart'} role="img" aria-label={label} style={{ height }} />;
}
