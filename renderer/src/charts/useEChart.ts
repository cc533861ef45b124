import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useViewVisible } from '../views/view-visibility';

echarts.use([BarChart, GridComponent, AriaComponent, SVGRenderer]);

export interface EChartOptions {
  /** Called after each render has finished (e.g. the report marks itself ready). */
  onRendered?: () => void;
  /**
   * The part of the option that changes often (e.g. series data), merged into the chart after `option`: a new
   * `data` alone updates the chart in place instead of rebuilding it from a new option.
   */
  data?: echarts.EChartsCoreOption;
}

/**
 * Resizes the chart to its element, unless the element is hidden (no size: the chart keeps its own and is shown
 * again as it was) or already that size (a view shown again needs no new layout).
 */
function fit(chart: echarts.ECharts, element: HTMLElement): void {
  const { clientWidth: width, clientHeight: height } = element;
  if (width > 0 && height > 0 && (width !== chart.getWidth() || height !== chart.getHeight())) chart.resize();
}

/**
 * Mounts an ECharts instance (SVG renderer: crisp on screen and in print, and the same in the app and the
 * report) on the returned element ref, applies `option` whenever it changes (replacing, not merging) and `data`
 * after it (merging: one render for both), and follows the element's size, also when its view is shown again after
 * being hidden (a hidden view has no size to lay out in).
 */
export function useEChart<T extends HTMLElement>(option: echarts.EChartsCoreOption, options: EChartOptions = {}) {
  const ref = useRef<T>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { onRendered, data } = options;
  const applied = useRef<echarts.EChartsCoreOption | null>(null);
  const rendered = useRef(onRendered);
  useEffect(() => {
    rendered.current = onRendered;
  }, [onRendered]);
  const visible = useViewVisible();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const onFinished = () => rendered.current?.();
    instance.on('finished', onFinished);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => fit(instance, element));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.off('finished', onFinished);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const replaced = applied.current !== option;
    // A new frame waits (lazyUpdate) for the data merged next, so the chart renders once.
    if (replaced) instance.setOption(option, { notMerge: true, lazyUpdate: data !== undefined });
    applied.current = option;
    if (data) instance.setOption(data);
  }, [option, data]);

  useEffect(() => {
    if (visible && chart.current && ref.current) fit(chart.current, ref.current);
  }, [visible]);

  return ref;
}
