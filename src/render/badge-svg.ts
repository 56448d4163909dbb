// Badges as self-contained SVG, drawn by badge-maker (the renderer behind shields.io): text widths
// come from real Verdana metrics and each run is pinned with textLength, so text never overflows.
// The program mark is embedded as a data: image; nothing outside the file is referenced.
import { makeBadge } from 'badge-maker';
import type { BadgeFace, BadgeStatus, ThemeColors } from '../model/model-types.ts';
import { escapeXml, xmlText } from '../shared/escape-xml.ts';

export type BadgeTheme = 'light' | 'dark';

export interface BadgeOptions {
  theme: BadgeTheme;
  colors: ThemeColors;
  /** A small PNG of the program mark, as a data: URI. */
  markDataUri: string | undefined;
  /** Adds the partner's name to the message. */
  partnerName?: string;
}

/** Saturated enough for white text (badge-maker picks the text colour) on light and dark pages alike. */
const STATUS_COLORS: Record<Exclude<BadgeStatus, 'active'>, string> = { expiring: '#8a5300', expired: '#b3261e', revoked: '#5f6368' };

export function badgeSvg(face: BadgeFace, options: BadgeOptions): string {
  const { theme, colors } = options;
  // The dark variant swaps the label to a light grey, so the badge stands out on dark pages.
  // badge-maker escapes markup but keeps characters XML forbids: it is given text without them.
  const svg = makeBadge({
    label: xmlText(face.label),
    message: xmlText(options.partnerName ? `${options.partnerName} · ${face.message}` : face.message),
    labelColor: theme === 'light' ? '#2b2f36' : '#e7e9ef',
    color: face.status === 'active' ? (face.color ?? colors.primary) : STATUS_COLORS[face.status],
    style: 'flat',
    ...(options.markDataUri ? { logoBase64: options.markDataUri } : {}),
  });
  // badge-maker titles the badge "label: message"; the description says what it proves. A function
  // replacement, so "$&" or "$'" in a name is text, not a pattern that copies parts of the SVG.
  const description = escapeXml(face.description);
  return svg.replace(/<title>[^<]*<\/title>/, () => `<title>${description}</title>`).replace(/aria-label="[^"]*"/, () => `aria-label="${description}"`);
}

/** The shields.io endpoint format, so shields users can draw the same badge. */
export function shieldsEndpoint(face: BadgeFace, colors: ThemeColors) {
  return {
    schemaVersion: 1,
    // shields.io draws these into its own SVG.
    label: xmlText(face.label),
    message: xmlText(face.message),
    color: (face.status === 'active' ? (face.color ?? colors.primary) : STATUS_COLORS[face.status]).replace('#', ''),
    labelColor: '2b2f36',
    isError: face.status === 'expired' || face.status === 'revoked',
    cacheSeconds: 3600,
  };
}
