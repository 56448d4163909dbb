// Fonts from an npm package (dejavu-fonts-ttf), so text is measured and drawn alike on every
// machine, whatever fonts it has installed; a fresh machine may have none.
import { createRequire } from 'node:module';
import path from 'node:path';

/** DejaVu Sans: Verdana's metric twin, the font badge-maker measures its text with. */
export const DEJAVU_SANS = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const DEJAVU_FONT_DIR = path.dirname(DEJAVU_SANS);

/** resvg's font options: the packaged DejaVu Sans only, never the machine's fonts. */
export const RESVG_FONTS = { loadSystemFonts: false, fontFiles: [DEJAVU_SANS], defaultFontFamily: 'DejaVu Sans' };
