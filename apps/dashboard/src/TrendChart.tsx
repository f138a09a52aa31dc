import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface Series {
  name: string;
  values: (number | null)[];
}

/** A small month-by-month line chart (Apache ECharts). */
export function TrendChart({ months, series, testId }: { months: string[]; series: Series[]; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 32, right: 8, top: 28, bottom: 20 },
      legend: { top: 0, textStyle: { fontSize: 11 }, itemWidth: 12, itemHeight: 8 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months.map((m) => m.slice(5)), axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
      series: series.map((s) => ({ name: s.name, type: 'line', data: s.values, connectNulls: false, symbolSize: 4 })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [months, series]);
  return <div className="trend" ref={element} data-testid={testId} data-series={JSON.stringify(series.map((s) => s.values))} />;
}
