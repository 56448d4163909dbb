// Horizontal bar charts drawn at build time as plain SVG: no client JavaScript. Colours come
// from CSS classes, so the charts follow the site's light and dark themes. Every chart is paired
// with a table on the page, its text alternative.
import { escapeXml } from '../shared/escape-xml.ts';

export interface BarSeries {
  name: string;
  /** CSS class of its bars and legend swatch. */
  className: string;
  values: number[];
}

export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  categories: string[];
  series: BarSeries[];
}

const ROW = 26;
const LABEL_WIDTH = 170;
const WIDTH = 640;
/** Stacked horizontal bars, one row per category, with a legend and value labels. */
export function barChart({ id, title, description, categories, series }: BarChartInput): string {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plot = WIDTH - LABEL_WIDTH - 40;
  const height = 30 + categories.length * ROW;
  const rows = categories.map((category, i) => {
    const y = 30 + i * ROW;
    let x = LABEL_WIDTH;
    const bars = series.map((s) => {
      const width = ((s.values[i] ?? 0) / max) * plot;
      const bar = width > 0 ? `<rect class="${s.className}" x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}"/>` : '';
      x += width;
      return bar;
    });
    return `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${escapeXml(category)}</text>${bars.join('')}<text class="value" x="${(x + 6).toFixed(1)}" y="${y + ROW / 2 + 4}">${totals[i]}</text>`;
  });
  let legendX = LABEL_WIDTH;
  const legend = series.map((s) => {
    const item = `<rect class="${s.className}" x="${legendX}" y="6" width="12" height="12"/><text class="label" x="${legendX + 18}" y="16">${escapeXml(s.name)}</text>`;
    legendX += 24 + s.name.length * 7.5;
    return item;
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>${legend.join('')}${rows.join('')}</svg>`;
}
