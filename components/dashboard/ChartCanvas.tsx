// One Chart.js chart on a canvas. Chart.js is imported only by components/dashboard, so only the
// dashboard page loads it. The canvas says what it drew (data-chart, data-points, data-rendered)
// for tests; where a canvas has no 2D context (unit tests) no chart is made and nothing breaks.
import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

interface Props {
  id: string;
  config: ChartConfiguration;
  label: string;
}

export function pointCount(config: ChartConfiguration): number {
  return config.data.datasets.reduce((n, d) => n + d.data.filter((v) => v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v))).length, 0);
}

export function ChartCanvas({ id, config, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !canvas.getContext?.('2d')) return;
    const chart = new Chart(canvas, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } });
    canvas.dataset.rendered = 'true';
    return () => {
      chart.destroy();
      delete canvas.dataset.rendered;
    };
  }, [config]);
  return (
    <div className="dash-chart">
      <canvas ref={ref} role="img" aria-label={label} data-chart={id} data-points={pointCount(config)} />
    </div>
  );
}
