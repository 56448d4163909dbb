// The marketing toolkit's files, made once per build: each brand asset as its original plus PNG
// and WebP at standard sizes (sharp), and a ZIP of the whole kit (fflate) with a README of the
// colours, usage rules and boilerplate from program.yaml. Only brand files validate checked are
// published (published-files.ts), drawn as validate drew them (image-recipes.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { model, publishedBrandFiles } from 'virtual:partnerkit/model';
import { strToU8, zipSync } from 'fflate';
import type { BrandAsset } from '../../schemas/brand.ts';
import type { Program } from '../../schemas/program.ts';
import { buildProblem, checkedForPublishing, publishedFilesFrom } from '../loader/published-files.ts';
import type { BrandColor } from '../model/model-types.ts';
import { nameInFolder, routes } from '../routes.ts';
import { contentDirectory } from '../settings.ts';
import { drawRenditions } from '../shared/image-recipes.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import { hasRenditions, toolkitOriginalPath, toolkitRenditionPath } from '../shared/toolkit-paths.ts';

export interface ToolkitFile {
  path: string;
  label: string;
  width?: number;
  height?: number;
}

export interface ToolkitAsset {
  asset: BrandAsset;
  original: ToolkitFile;
  /** The 256 px PNG, for the page's preview. */
  preview: ToolkitFile | undefined;
  renditions: ToolkitFile[];
}

export interface Toolkit {
  assets: ToolkitAsset[];
  zip: ToolkitFile;
  /** Site path → bytes. */
  files: Map<string, Uint8Array>;
}

let toolkit: Promise<Toolkit> | undefined;

export function getToolkit(): Promise<Toolkit> {
  toolkit ??= build();
  return toolkit;
}

async function build(): Promise<Toolkit> {
  const { program, brandAssets: assets, brandColors } = model;
  const root = contentDirectory();
  const published = publishedFilesFrom(publishedBrandFiles);
  const files = new Map<string, Uint8Array>();
  const toolkitAssets: ToolkitAsset[] = [];

  for (const asset of assets) {
    const bytes = await readFile(path.join(root, asset.file));
    const checked = checkedForPublishing(published, root, 'brand', asset.file, bytes);
    const extension = path.extname(asset.file).toLowerCase();
    const original: ToolkitFile = { path: toolkitOriginalPath(asset.id, asset.file), label: `Original (${extension.slice(1).toUpperCase()})` };
    files.set(original.path, bytes);
    const renditions: ToolkitFile[] = [];
    if (hasRenditions(asset.file)) {
      let drawn: Awaited<ReturnType<typeof drawRenditions>>;
      try {
        drawn = await drawRenditions(bytes, extension === '.svg');
      } catch (error) {
        // validate decoded or drew this file the same way; if sharp still fails, say where the file is named.
        throw buildProblem(checked, {
          code: 'cannot-convert',
          message: `"${asset.file}" cannot be converted: ${(error as Error).message.split('\n')[0]}`,
          fix: 'export the file again; npm run validate checks it the same way',
        });
      }
      for (const { size, format, image } of drawn) {
        const file = {
          path: toolkitRenditionPath(asset.id, size, format),
          label: `${format.toUpperCase()} ${image.width}×${image.height}`,
          width: image.width,
          height: image.height,
        };
        files.set(file.path, image.data);
        renditions.push(file);
      }
    }
    toolkitAssets.push({ asset, original, renditions, preview: renditions.find((r) => r.path.endsWith('-256.png')) });
  }

  const zipName = `${toKebabCase(program.name) || 'program'}-brand-kit.zip`;
  const entries: Record<string, Uint8Array> = { 'README.txt': strToU8(readme(program, brandColors, toolkitAssets)) };
  for (const [sitePath, bytes] of files) entries[nameInFolder('toolkit', sitePath)] = bytes;
  const zip: ToolkitFile = { path: routes.toolkitFile(zipName), label: 'The whole kit (ZIP)' };
  files.set(zip.path, zipSync(entries, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));

  return { assets: toolkitAssets, zip, files };
}

function readme(program: Program, colors: BrandColor[], assets: ToolkitAsset[]): string {
  const lines = [
    `${program.name}: brand kit`,
    '',
    ...assets.map(({ asset }) => `- ${asset.id}: ${asset.title} (${asset.kind}, for ${asset.theme === 'any' ? 'any' : asset.theme} backgrounds)`),
  ];
  if (colors.length)
    lines.push(
      '',
      'Colours',
      ...colors.map(
        (c) =>
          `- ${c.name} ${c.hex}${c.usage ? `: ${c.usage}` : ''} (contrast ${c.onWhite.ratio.toFixed(2)}:1 on white, ${c.onBlack.ratio.toFixed(2)}:1 on black)`,
      ),
    );
  const usage = program.branding?.usage;
  if (usage?.do.length) lines.push('', 'Do', ...usage.do.map((rule) => `- ${rule}`));
  if (usage?.dont.length) lines.push('', "Don't", ...usage.dont.map((rule) => `- ${rule}`));
  if (program.branding?.boilerplate) lines.push('', 'Boilerplate', program.branding.boilerplate.trim());
  return `${lines.join('\n')}\n`;
}
