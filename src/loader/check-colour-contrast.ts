// The brand colours are used as text on the background, links, and button labels on the primary
// colour; tier colours carry white text on tags and badges: a warning for each pair below the
// contrast WCAG AA asks of text.
import { HEX_COLOR } from '../../schemas/common.ts';
import { DEFAULT_SITE_COLORS } from '../../schemas/program.ts';
import { AA_TEXT, contrastRatio, readableOn } from '../shared/colors.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';
import type { FileProblems } from './file-problems.ts';

export const checkColourContrast: CrossCheck = (files) => {
  for (const file of files) {
    checkSiteColours(fields(fields(fields(file.raw).site).colors), file.report);
    checkTierColours(fields(file.raw).tiers, file.report);
  }
};

/** Tier tags and the right side of tier badges are white text on the tier's colour. */
function checkTierColours(tiers: unknown, report: FileProblems) {
  for (const [tier, t] of items(tiers)) {
    const color = text(fields(tier).color);
    if (!color || !HEX_COLOR.test(color)) continue;
    const ratio = contrastRatio('#ffffff', color);
    if (ratio >= AA_TEXT) continue;
    report.field(['tiers', t, 'color'], 'warning', {
      code: 'low-contrast',
      message: `white text on the tier colour ${color} has a contrast ratio of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs for the tier's tags and badges`,
      fix: `pick a darker colour, e.g. ${readableOn(color, '#ffffff', '#000000')}`,
    });
  }
}

function checkSiteColours(colors: Record<string, unknown>, report: FileProblems) {
  // As the site will use them: the colour written, or the schema's default when there is none.
  const hex = (name: keyof typeof DEFAULT_SITE_COLORS) => {
    const value = text(colors[name]);
    return value === undefined ? DEFAULT_SITE_COLORS[name] : HEX_COLOR.test(value) ? value : undefined;
  };
  const background = hex('background');
  const primary = hex('primary');
  const pairs: Array<[string, string | undefined, string | undefined, string]> = [
    ['text', hex('text'), background, 'body text on the background'],
    ['primary', primary, background, 'links on the background'],
    ['accent', hex('accent'), background, 'accents on the background'],
  ];
  for (const [name, foreground, against, use] of pairs) {
    if (!foreground || !against) continue;
    const ratio = contrastRatio(foreground, against);
    if (ratio < AA_TEXT) {
      report.field(colors[name] === undefined ? ['site', 'colors'] : ['site', 'colors', name], 'warning', {
        code: 'low-contrast',
        message: `${name} ${foreground} on ${against} has a contrast ratio of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs for ${use}`,
        fix: `pick another ${name} colour with more contrast, e.g. ${readableOn(foreground, against, contrastRatio('#000000', against) > contrastRatio('#ffffff', against) ? '#000000' : '#ffffff')}`,
      });
    }
  }
  if (primary && contrastRatio('#ffffff', primary) < AA_TEXT) {
    report.field(['site', 'colors', 'primary'], 'warning', {
      code: 'low-contrast',
      message: `white button labels on primary ${primary} have a contrast ratio of ${contrastRatio('#ffffff', primary).toFixed(2)}:1, below 4.5:1`,
      fix: `pick a darker primary colour, e.g. ${readableOn(primary, '#ffffff', '#000000')}`,
    });
  }
}
