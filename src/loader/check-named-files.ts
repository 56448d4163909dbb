// The files YAML entries and front matter name and the site publishes: the program's logos (light
// and dark), partners' logos, the brand assets, customers' logos and the cover images of case
// studies and news. Each goes through the file checks (check-referenced-files.ts), reported at the
// field that names it. (Images in posts' bodies are named there: check-body-images.ts.)
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';

export const checkProgramLogo: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const site = fields(fields(raw).site);
    for (const field of ['logo', 'logoDark'] as const) {
      const logo = text(site[field]);
      if (logo) named.check(logo, 'logo', { report, path: ['site', field] });
    }
  }
};

/** A case study's customer logo: a logo like a partner's. */
export const checkCustomerLogos: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const logo = text(fields(fields(raw).customer).logo);
    if (logo) named.check(logo, 'logo', { report, path: ['customer', 'logo'] });
  }
};

/** The front-matter cover image of a case study or news post. */
export const checkCoverImages: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const image = text(fields(fields(raw).image).src);
    if (image) named.check(image, 'cover', { report, path: ['image', 'src'] });
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
