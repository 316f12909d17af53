// The monthly cooperation–conflict series (from /api/brief) as an SVG bar chart: PLOVER
// cooperation above the zero line, conflict below, one column per month.
import { svg } from './dom.js';

const WIDTH = 800;
const HEIGHT = 300;
const MARGIN = { left: 44, right: 16, top: 30, bottom: 42 };

export function seriesChart(months, caption) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = Math.max(1, ...months.map((month) => month.cooperation || 0));
  const worst = Math.max(0, ...months.map((month) => month.conflict || 0));
  const bottom = worst || Math.max(1, top * 0.15);
  const unit = plotHeight / (top + bottom);
  const zero = MARGIN.top + top * unit;
  const column = plotWidth / Math.max(1, months.length);
  const bar = Math.max(2, Math.min(36, column * 0.7));
  const every = Math.max(1, Math.ceil(months.length / 12));
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img',
    'aria-label': caption });
  chart.append(svg('title', {}, caption));
  chart.append(svg('text', { x: MARGIN.left, y: 18, class: 'chart-title' }, caption));
  const ticks = [[top, MARGIN.top], [0, zero]];
  if (worst) ticks.push([worst, MARGIN.top + plotHeight]);
  for (const [value, y] of ticks) {
    chart.append(svg('text', { x: MARGIN.left - 6, y: y + 4, class: 'axis-label', 'text-anchor': 'end' },
      String(value)));
    chart.append(svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y, y2: y,
      class: value === 0 ? 'zero' : 'grid' }));
  }
  months.forEach((month, index) => {
    const x = MARGIN.left + index * column + (column - bar) / 2;
    const cooperation = month.cooperation || 0;
    const conflict = month.conflict || 0;
    if (cooperation > 0) {
      chart.append(svg('rect', { x, y: zero - cooperation * unit, width: bar,
        height: cooperation * unit, class: 'bar-coop' },
        svg('title', {}, `${month.month}: ${cooperation} cooperation`)));
    }
    if (conflict > 0) {
      chart.append(svg('rect', { x, y: zero, width: bar, height: conflict * unit, class: 'bar-conf' },
        svg('title', {}, `${month.month}: ${conflict} conflict`)));
    }
    if (index % every === 0) {
      chart.append(svg('text', { x: x + bar / 2, y: HEIGHT - MARGIN.bottom + 18,
        class: 'axis-label', 'text-anchor': 'middle' }, month.month));
    }
  });
  const legendX = WIDTH - MARGIN.right - 220;
  chart.append(svg('rect', { x: legendX, y: 8, width: 12, height: 12, class: 'bar-coop' }));
  chart.append(svg('text', { x: legendX + 16, y: 18, class: 'axis-label' }, 'cooperation'));
  chart.append(svg('rect', { x: legendX + 110, y: 8, width: 12, height: 12, class: 'bar-conf' }));
  chart.append(svg('text', { x: legendX + 126, y: 18, class: 'axis-label' }, 'conflict'));
  return chart;
}
