// Colour arithmetic for the theme: WCAG contrast ratios, and dark-mode variants of brand colours
// that keep text readable.

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text. */
export const AA_TEXT = 4.5;

/** WCAG AA for large text (24 px, or 19 px bold) and for parts of the interface. */
export const AA_LARGE_TEXT = 3;

/** What a colour may be used for on a background, by WCAG AA: any text, large text only, or decoration. */
export type ContrastUse = 'text' | 'large-text' | 'decoration';

export function contrastUse(ratio: number): ContrastUse {
  return ratio >= AA_TEXT ? 'text' : ratio >= AA_LARGE_TEXT ? 'large-text' : 'decoration';
}

/** Mixes `color` towards `target` until it reaches `ratio` against `background` (or gives up at the target). */
export function readableOn(color: string, background: string, target: string, ratio = AA_TEXT): string {
  const from = parseHex(color);
  const to = parseHex(target);
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(from.map((c, i) => c + (to[i]! - c) * t) as unknown as Rgb);
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return target;
}
