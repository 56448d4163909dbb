// What an app file names must exist: its partner (a partner file), its categories, regions and
// certifications (program.yaml), and its icon and screenshots (files checked like logos, then
// published from the inventory; see check-referenced-files.ts).
import type { CrossCheck } from './cross-check.ts';
import { fields, items, strings, text } from './data-as-written.ts';
import { checkKnownValue } from './known-value.ts';

export const checkAppValues: CrossCheck = (files, { ids, partnerSlugs }) => {
  for (const { raw, report } of files) {
    const app = fields(raw);
    const partner = text(app.partner);
    if (partner) checkKnownValue(report, ['partner'], partner, partnerSlugs, 'partner', 'partners/ (the file names)');
    if (!ids) continue;
    for (const [category, i] of strings(app.categories))
      checkKnownValue(report, ['categories', i], category, ids.integrationCategories, 'category', 'vocabularies.integrationCategories in program.yaml');
    for (const [region, i] of strings(app.regions))
      checkKnownValue(report, ['regions', i], region, ids.regions, 'region', 'vocabularies.regions in program.yaml');
    for (const [value, i] of items(app.certifications)) {
      const id = text(fields(value).id);
      if (id)
        checkKnownValue(report, ['certifications', i, 'id'], id, [...ids.appCertifications.keys()], 'app certification', 'appCertifications in program.yaml');
    }
  }
};

export const checkAppImages: CrossCheck = (files, { files: named }) => {
  for (const { raw, report } of files) {
    const app = fields(raw);
    const icon = text(app.icon);
    if (icon) named.check(icon, 'logo', { report, path: ['icon'] });
    for (const [screenshot, i] of items(app.screenshots)) {
      const file = text(fields(screenshot).file);
      if (file) named.check(file, 'screenshot', { report, path: ['screenshots', i, 'file'] });
    }
  }
};
