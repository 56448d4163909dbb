// The files YAML entries name and the site publishes: the program's logo, partners' logos and the
// brand assets. Each goes through the file checks (check-referenced-files.ts), reported at the
// field that names it. (Images in posts are named in their bodies: check-body-images.ts.)
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';

export const checkProgramLogo: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const logo = text(fields(fields(raw).site).logo);
    if (logo) named.check(logo, 'logo', { report, path: ['site', 'logo'] });
  }
};

export const checkPartnerLogos: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const logo = text(fields(raw).logo);
    if (logo) named.check(logo, 'logo', { report, path: ['logo'] });
  }
};

export const checkBrandAssetFiles: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    for (const [asset, index] of items(fields(raw).assets)) {
      const file = text(fields(asset).file);
      if (file) named.check(file, 'brand', { report, path: ['assets', index, 'file'] });
    }
  }
};
