// SVG logos and brand files may draw text. sharp (librsvg) finds fonts through fontconfig, and a
// fresh machine may have none: every letter would then be drawn as an empty box. The build and
// validate draw with the DejaVu fonts of the dejavu-fonts-ttf package only, so a logo's text looks
// the same on every machine, fonts installed or none. An explicit FONTCONFIG_FILE still wins.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_FOLDER } from './cache-folder.ts';
import { escapeXml } from './escape-xml.ts';

/** DejaVu Sans: Verdana's metric twin, which badge-maker measures badge text with. */
export const BUNDLED_SANS = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const BUNDLED_FONT_DIR = path.dirname(BUNDLED_SANS);

/** Generic families map to DejaVu, as Debian's defaults do; any other family falls back to DejaVu Sans. */
function fontsConf(cacheDir: string): string {
  const alias = (generic: string, family: string) => `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>`;
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escapeXml(BUNDLED_FONT_DIR)}</dir>`,
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    ...['sans-serif', 'sans', 'system-ui'].map((generic) => alias(generic, 'DejaVu Sans')),
    alias('serif', 'DejaVu Serif'),
    alias('monospace', 'DejaVu Sans Mono'),
    '</fontconfig>\n',
  ].join('\n');
}

/**
 * Writes `<folder>/fonts.conf` naming the packaged fonts only, and returns its path. Written only
 * when it differs (the paths are this checkout's), by rename, so a process starting alongside never
 * reads half a file.
 */
export function writeFontsConf(folder: string): string {
  const file = path.join(folder, 'fonts.conf');
  const config = fontsConf(path.join(folder, 'cache'));
  if (!existsSync(file) || readFileSync(file, 'utf8') !== config) {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, config);
    renameSync(partial, file);
  }
  return file;
}

/** Points fontconfig at the packaged fonts; call before sharp draws its first text. */
export function useBundledFonts(): void {
  if (process.env.FONTCONFIG_FILE) return;
  process.env.FONTCONFIG_FILE = writeFontsConf(path.join(CACHE_FOLDER, 'fontconfig'));
}
