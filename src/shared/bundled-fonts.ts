// SVG logos and brand files may draw text. sharp (librsvg) finds fonts through fontconfig, and a
// fresh machine may have none: every letter would then be drawn as an empty box. The build and
// validate draw with the DejaVu fonts of the dejavu-fonts-ttf package only, so a logo's text looks
// the same on every machine, fonts installed or none. An explicit FONTCONFIG_FILE still wins.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_FOLDER } from './cache-folder.ts';
import { escapeXml } from './escape-xml.ts';

export const BUNDLED_FONT_DIR = path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

/** Generic families map to DejaVu, as Debian's defaults do; any other family falls back to DejaVu Sans. */
function fontsConf(cacheDir: string): string {
  const alias = (generic: string, family: string) => `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escapeXml(BUNDLED_FONT_DIR)}</dir>`,
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    alias('sans-serif', 'DejaVu Sans'),
    alias('serif', 'DejaVu Serif'),
    alias('monospace', 'DejaVu Sans Mono'),
    '</fontconfig>\n',
  ].join('\n');
}

/** Points fontconfig at the packaged fonts; call before sharp draws its first text. */
export function useBundledFonts(): void {
  if (process.env.FONTCONFIG_FILE) return;
  const folder = path.join(CACHE_FOLDER, 'fontconfig');
  const file = path.join(folder, 'fonts.conf');
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, fontsConf(path.join(folder, 'cache')));
  process.env.FONTCONFIG_FILE = file;
}
