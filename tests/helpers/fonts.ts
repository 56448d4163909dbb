// Fonts from an npm package (dejavu-fonts-ttf, see src/shared/bundled-fonts.ts), so text is
// measured and drawn alike on every machine, whatever fonts it has installed; a fresh machine may have none.
import { BUNDLED_SANS } from '../../src/shared/bundled-fonts.ts';

/** resvg's font options: the packaged DejaVu Sans only, never the machine's fonts. */
export const RESVG_FONTS = { loadSystemFonts: false, fontFiles: [BUNDLED_SANS], defaultFontFamily: 'DejaVu Sans' };
