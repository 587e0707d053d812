// A bar chart drawn by ECharts (only its core, bars and SVG renderer: this file loads with the
// Progress page alone). The chart is an image described in words; the numbers are in its label.
import { useComputedColorScheme } from '@mantine/core';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
  /** Series with the same stack are drawn on top of each other. */
  readonly stack?: string;
}

export interface BarChartProps {
  readonly categories: readonly string[];
  readonly series: readonly Series[];
  /** Bars from left to right (categories down the side). */
  readonly horizontal?: boolean;
  /** What the chart shows, with its numbers, for those who cannot see it. */
  readonly label: string;
  readonly height?: number;
}

export function BarChart({ categories, series, horizontal, label, height = 240 }: BarChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const scheme = useComputedColorScheme('light');
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    const text = scheme === 'dark' ? '#c9c9c9' : '#495057';
    const categoryAxis = {
      type: 'category' as const,
      data: [...categories],
      axisLabel: { color: text },
      ...(horizontal ? { inverse: true } : {}),
    };
    const valueAxis = { type: 'value' as const, minInterval: 1, axisLabel: { color: text } };
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { top: 0, textStyle: { color: text } } : undefined,
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: [...s.values],
        itemStyle: { color: s.color, borderRadius: 3 },
        ...(s.stack ? { stack: s.stack } : {}),
      })),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [categories, series, horizontal, scheme]);
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height }}>
      <div ref={element} aria-hidden="true" style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
