import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartModel } from './chartModel';
import { chartData, chartOptions, readTheme } from './chartOptions';

/** Taller on wider screens, never so tall that a phone shows nothing else. */
function sizeFor(element: HTMLElement): { width: number; height: number } {
  const width = Math.max(200, Math.floor(element.clientWidth));
  return { width, height: Math.round(Math.min(300, Math.max(200, width * 0.55))) };
}

/**
 * The chart itself, drawn by uPlot on a canvas. It is hidden from assistive technology: the
 * figure's caption summarises it and the table beside it holds every number.
 */
export function TrendChart({ model }: { model: ChartModel }) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let plot: uPlot | null = null;

    const draw = () => {
      plot?.destroy();
      plot = new uPlot(
        chartOptions(model, readTheme(container), sizeFor(container)),
        chartData(model),
        container,
      );
    };
    draw();

    // Follow the container's width (phone rotation, window resizing, zoom).
    const resizeObserver = new ResizeObserver(() => {
      const size = sizeFor(container);
      if (plot && (plot.width !== size.width || plot.height !== size.height)) plot.setSize(size);
    });
    resizeObserver.observe(container);

    // Colours come from the theme's tokens; redraw when the system theme changes.
    const darkMode = window.matchMedia('(prefers-color-scheme: dark)');
    darkMode.addEventListener('change', draw);

    return () => {
      resizeObserver.disconnect();
      darkMode.removeEventListener('change', draw);
      plot?.destroy();
    };
  }, [model]);

  return <div ref={containerRef} className="chart__canvas" aria-hidden="true" />;
}
