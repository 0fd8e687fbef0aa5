import type uPlot from 'uplot';
import type { ChartModel } from './chartModel';
import { formatNumber, formatShortDate } from './words';

/** Colours for the canvas, read from the design tokens so light and dark themes both work. */
export interface ChartTheme {
  you: string;
  partner: string;
  band: string;
  bandEdge: string;
  axis: string;
  grid: string;
  surface: string;
  setback: string;
  font: string;
}

export function readTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    you: token('--chart-you'),
    partner: token('--chart-partner'),
    band: token('--chart-band'),
    bandEdge: token('--chart-band-edge'),
    axis: token('--color-text-muted'),
    grid: token('--color-border'),
    surface: token('--color-surface'),
    setback: token('--color-text'),
    font: `14px ${style.fontFamily}`,
  };
}

/** Partners differ by colour and by line style and point shape, for colour-blind readers. */
const YOUR_STYLE = { dash: undefined, shape: 'circle' } as const;
const PARTNER_STYLE = { dash: [8, 5], shape: 'square' } as const;

function styleOf(line: ChartModel['lines'][number]) {
  return line.partner.isYou ? YOUR_STYLE : PARTNER_STYLE;
}

function drawPoint(
  ctx: CanvasRenderingContext2D,
  shape: 'circle' | 'square',
  x: number,
  y: number,
) {
  const r = 4.5 * devicePixelRatio;
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else ctx.rect(x - r, y - r, 2 * r, 2 * r);
  ctx.fill();
  ctx.stroke();
}

/** An open, downward triangle around a point: the mark for a dip. */
function drawSetback(ctx: CanvasRenderingContext2D, x: number, y: number) {
  const r = 11 * devicePixelRatio;
  ctx.beginPath();
  ctx.moveTo(x - r, y - r * 0.6);
  ctx.lineTo(x + r, y - r * 0.6);
  ctx.lineTo(x, y + r);
  ctx.closePath();
  ctx.stroke();
}

/** Points and setback marks, drawn by hand so each partner has their own shape. */
function drawMarkers(model: ChartModel, theme: ChartTheme) {
  return (u: uPlot) => {
    const { ctx } = u;
    ctx.save();
    ctx.beginPath();
    ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
    ctx.clip();
    // The partner's dashed line leaves its dash pattern on the context; marks are solid.
    ctx.setLineDash([]);
    for (const line of model.lines) {
      const style = styleOf(line);
      ctx.fillStyle = line.partner.isYou ? theme.you : theme.partner;
      ctx.strokeStyle = theme.surface;
      ctx.lineWidth = 1.5 * devicePixelRatio;
      const position = (index: number) => {
        const x = model.xs[index];
        const y = line.values[index];
        if (x === undefined || y === null || y === undefined) return null;
        return [u.valToPos(x, 'x', true), u.valToPos(y, 'y', true)] as const;
      };
      line.values.forEach((_, index) => {
        const at = position(index);
        if (at) drawPoint(ctx, style.shape, at[0], at[1]);
      });
      ctx.strokeStyle = theme.setback;
      ctx.lineWidth = 2 * devicePixelRatio;
      for (const index of line.setbackIndexes) {
        const at = position(index);
        if (at) drawSetback(ctx, at[0], at[1]);
      }
    }
    ctx.restore();
  };
}

export function chartData(model: ChartModel): uPlot.AlignedData {
  const bandSeries = model.band ? [model.band.low, model.band.high] : [];
  return [model.xs, ...bandSeries, ...model.lines.map((line) => line.values)];
}

export function chartOptions(
  model: ChartModel,
  theme: ChartTheme,
  size: { width: number; height: number },
): uPlot.Options {
  const lastX = model.xs.at(-1) ?? 0;
  const firstWeek = model.weeks[0];
  const bandSeries: uPlot.Series[] = model.band
    ? [
        { stroke: theme.bandEdge, width: 1, points: { show: false }, spanGaps: true },
        { stroke: theme.bandEdge, width: 1, points: { show: false }, spanGaps: true },
      ]
    : [];
  const lineSeries: uPlot.Series[] = model.lines.map((line) => {
    const { dash } = styleOf(line);
    return {
      stroke: line.partner.isYou ? theme.you : theme.partner,
      width: 2.5,
      ...(dash ? { dash: [...dash] } : {}),
      points: { show: false },
      // A missed week joins its neighbours: the line is about direction, the points are data.
      spanGaps: true,
    };
  });
  const axis = {
    stroke: theme.axis,
    font: theme.font,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  };
  return {
    ...size,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    padding: [12, 16, 0, 0],
    scales: {
      // Half a week either side, so the first and last points are not cut in half.
      x: { time: false, range: [-0.5, lastX + 0.5] },
      y: { range: model.yRange },
    },
    axes: [
      {
        ...axis,
        incrs: [1, 2, 4, 8, 13, 26, 52, 104],
        space: 64,
        values: (_u, splits) =>
          splits.map((x) =>
            Number.isInteger(x) && firstWeek !== undefined ? formatShortDate(firstWeek, x) : '',
          ),
      },
      {
        ...axis,
        incrs: [1, 2, 5, 10, 20],
        space: 24,
        size: 40,
        values: (_u, splits) => splits.map((y) => formatNumber(y)),
      },
    ],
    series: [{}, ...bandSeries, ...lineSeries],
    bands: model.band ? [{ series: [2, 1], fill: theme.band }] : [],
    hooks: { draw: [drawMarkers(model, theme)] },
  };
}
