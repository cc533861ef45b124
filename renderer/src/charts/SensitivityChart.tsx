import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from './useEChart';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);

/** The width a printed chart is drawn at (the report's text column). */
const PRINTED_WIDTH = 640;

interface Props {
  option: echarts.EChartsCoreOption;
  /** The accessible name: what the chart shows. */
  label: string;
  height: number;
  /** In the report: drawn once to an SVG string (vector in the PDF, there at first paint); else a live chart. */
  printed?: boolean;
  /** Fixed width (a chart whose aspect matters, the triangle); else the container's on screen, PRINTED_WIDTH printed. */
  width?: number;
  className?: string;
  /** data-* attributes for the chart's figures (e.g. the crossings, full precision). */
  data?: Record<string, string>;
}

/**
 * A sensitivity chart as an image with an accessible name: on screen through useEChart (mounted once, updated by
 * setOption, so a hidden view's chart is not re-initialised on a tab switch), in the report rendered by ECharts'
 * server-side SVG renderer, synchronous and without animation.
 */
export function SensitivityChart({ printed = false, ...props }: Props) {
  return printed ? <PrintedChart {...props} /> : <LiveChart {...props} />;
}

function LiveChart({ option, label, height, width, className, data }: Omit<Props, 'printed'>) {
  const ref = useEChart<HTMLDivElement>(option);
  return (
    <div
      ref={ref}
      className={className ?? 'sensitivity-chart'}
      role="img"
      aria-label={label}
      style={width ? { height, width } : { height }}
      {...dataAttributes(data)}
    />
  );
}

function PrintedChart({ option, label, height, width = PRINTED_WIDTH, className, data }: Omit<Props, 'printed'>) {
  const svg = useMemo(() => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption({ ...option, animation: false });
    const markup = chart.renderToSVGString();
    chart.dispose();
    return markup;
  }, [option, width, height]);
  return (
    <div
      className={className ?? 'sensitivity-chart'}
      role="img"
      aria-label={label}
      style={{ width, height }}
      {...dataAttributes(data)}
      // ECharts' SVG output escapes every text it draws (names come from the dataset).
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

const dataAttributes = (data: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
