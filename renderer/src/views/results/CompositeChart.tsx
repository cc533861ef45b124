import { useMemo } from 'react';
import type { Evaluation } from '../../../../shared/evaluation/evaluate';
import { compositeBarData, compositeBarFrame } from '../../charts/composite-option';
import { useEChart, type EChartOptions } from '../../charts/useEChart';
import { SHOWN } from './ranked';
import './results.css';

interface Props extends EChartOptions {
  evaluation: Evaluation;
  label: string;
  animation?: boolean;
  className?: string;
}

/**
 * The composite scores as a bar chart (the best 50); an image with a text label for assistive technology. A weight
 * edit merges only the new labels and composites into the chart (compositeBarData); the frame is rebuilt only
 * when the method, the animation or the label change.
 */
export function CompositeChart({ evaluation, label, animation = true, className, ...chart }: Props) {
  const method = evaluation.method;
  const frame = useMemo(() => compositeBarFrame({ method, animation, title: label }), [method, animation, label]);
  const data = useMemo(() => compositeBarData(evaluation), [evaluation]);
  const ref = useEChart<HTMLDivElement>(frame, { ...chart, data });
  const height = 40 + Math.min(evaluation.alternatives.length, SHOWN.chart) * 34;
  return <div ref={ref} className={className ?? 'composite-chart'} role="img" aria-label={label} style={{ height }} />;
}
