// The site paths of the marketing toolkit's files: each brand asset as published, and its PNG and
// WebP renditions. The build (src/site/toolkit-files.ts) writes them under these names, and the
// loader checks that no asset's id takes the name of another asset's rendition.
import path from 'node:path';
import { routes } from '../routes.ts';

/** Longest side, in pixels, of each rendition. */
export const RENDITION_SIZES = [64, 128, 256, 512] as const;
export const RENDITION_FORMATS = ['png', 'webp'] as const;

const IMAGE = /\.(svg|png|jpe?g|webp)$/i;

/** Whether the toolkit makes PNG and WebP renditions of this file (images do; PDFs do not). */
export const hasRenditions = (file: string) => IMAGE.test(file);

/** `/toolkit/<id>.<extension>`: the asset as published. */
export const toolkitOriginalPath = (id: string, file: string) => routes.toolkitFile(`${id}${path.extname(file).toLowerCase()}`);

/** `/toolkit/<id>-<size>.<format>`: one rendition. */
export const toolkitRenditionPath = (id: string, size: number, format: string) => routes.toolkitFile(`${id}-${size}.${format}`);
