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
const LEGEND_ROW = 20;
const LABEL_WIDTH = 150;
/**
 * Narrow enough that a phone shows the 12px labels at about 9px (390px screen), and a desktop, where
 * tables.css caps the chart at 40rem, at about 16px.
 */
const WIDTH = 480;
/** Stacked horizontal bars, one row per category, with a legend (one series a line) and value labels. */
export function barChart({ id, title, description, categories, series }: BarChartInput): string {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const plot = WIDTH - LABEL_WIDTH - 40;
  const top = series.length * LEGEND_ROW + 8;
  const height = top + categories.length * ROW;
  const rows = categories.map((category, i) => {
    const y = top + i * ROW;
    let x = LABEL_WIDTH;
    const bars = series.map((s) => {
      const width = ((s.values[i] ?? 0) / max) * plot;
      const bar = width > 0 ? `<rect class="${s.className}" x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}"/>` : '';
      x += width;
      return bar;
    });
    return `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${escapeXml(category)}</text>${bars.join('')}<text class="value" x="${(x + 6).toFixed(1)}" y="${y + ROW / 2 + 4}">${totals[i]}</text>`;
  });
  const legend = series.map((s, i) => {
    const y = 4 + i * LEGEND_ROW;
    return `<rect class="${s.className}" x="${LABEL_WIDTH}" y="${y}" width="12" height="12"/><text class="label" x="${LABEL_WIDTH + 18}" y="${y + 10}">${escapeXml(s.name)}</text>`;
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>${legend.join('')}${rows.join('')}</svg>`;
}
