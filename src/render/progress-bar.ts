// A progress bar drawn at build time as a small SVG, for a scorecard's requirements: the
// Content-Security-Policy allows no inline style, so the width is an SVG attribute, and SVG fills
// print where CSS backgrounds are dropped. The text beside it says the same in words.
import { escapeXml } from '../shared/escape-xml.ts';

const WIDTH = 200;
const HEIGHT = 14;

/** `done` of `required` as a bar; `label` is what a screen reader hears ("2 of 4 case studies"). */
export function progressBar({ done, required, label, className }: { done: number; required: number; label: string; className: string }): string {
  const share = required > 0 ? Math.min(1, Math.max(0, done / required)) : 1;
  const fill = share > 0 ? `<rect class="progress-fill" width="${(share * WIDTH).toFixed(1)}" height="${HEIGHT}" rx="3"/>` : '';
  return `<svg class="progress ${escapeXml(className)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg"><title>${escapeXml(label)}</title><rect class="progress-track" width="${WIDTH}" height="${HEIGHT}" rx="3"/>${fill}</svg>`;
}
