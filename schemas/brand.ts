// brand/brand.yaml: the program's own logos and assets, offered in the marketing toolkit.
import { z } from 'zod';
import { contentFile, id, LOGO_EXTENSIONS, line, list, prose } from './common.ts';

export const BrandAssetSchema = z.strictObject({
  id: id("The asset's id, e.g. logo-dark."),
  title: line(80, 'The name shown in the toolkit, e.g. "Logo for dark backgrounds". Published.'),
  file: contentFile([...LOGO_EXTENSIONS, '.pdf']).meta({ description: 'The asset, relative to the content folder, e.g. brand/logo.svg.' }),
  kind: z
    .enum(['logo', 'wordmark', 'icon', 'badge', 'photo', 'document'])
    .meta({ description: 'What the asset is: logo, wordmark, icon, badge, photo or document.' }),
  theme: z.enum(['light', 'dark', 'any']).default('any').meta({ description: 'The background it is made for: light, dark or any (the default).' }),
  description: prose(400, 'When to use it. Published.').optional(),
});

export const BrandFileSchema = z
  .strictObject({
    assets: list(BrandAssetSchema, { max: 100, what: 'brand asset', description: 'The files offered for download in the marketing toolkit. Published.' }).min(
      1,
    ),
  })
  .meta({ title: 'Partnerkit brand assets', description: 'The marketing toolkit: content/brand/brand.yaml' });

export type BrandAsset = z.output<typeof BrandAssetSchema>;
export type BrandFileInput = z.input<typeof BrandFileSchema>;
export type BrandFile = z.output<typeof BrandFileSchema>;
