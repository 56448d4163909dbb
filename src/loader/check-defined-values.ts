// Values that must be ids program.yaml defines, wherever they are written: tiers named by the
// program's own blocks and support channels, a partner's tier, types, regions, industries,
// integration categories and certifications (also of certified people), activity types in ledgers,
// a case study's industry.
import type { CrossCheck } from './cross-check.ts';
import { fields, items, strings, text } from './data-as-written.ts';
import { checkKnownValue } from './known-value.ts';

/** Tiers program.yaml itself refers to (what requirements measure: check-requirements.ts). */
export const checkProgramReferences: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    const program = fields(raw);
    for (const [channel, c] of items(program.support)) {
      for (const [tier, i] of strings(fields(channel).tiers)) checkKnownValue(report, ['support', c, 'tiers', i], tier, ids.tiers, 'tier', 'tiers');
    }
    for (const group of ['access', 'education', 'business', 'innovation'] as const) {
      for (const [name, block] of Object.entries(fields(program[group]))) {
        for (const [tier, i] of strings(fields(block).tiers)) checkKnownValue(report, [group, name, 'tiers', i], tier, ids.tiers, 'tier', 'tiers');
      }
    }
  }
};

export const checkPartnerValues: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    const partner = fields(raw);
    const tier = text(partner.tier);
    if (tier) checkKnownValue(report, ['tier'], tier, ids.tiers, 'tier', 'tiers in program.yaml');
    for (const [type, i] of strings(partner.types))
      checkKnownValue(report, ['types', i], type, ids.partnerTypes, 'partner type', 'partnerTypes in program.yaml');
    for (const [region, i] of strings(partner.regions))
      checkKnownValue(report, ['regions', i], region, ids.regions, 'region', 'vocabularies.regions in program.yaml');
    for (const [industry, i] of strings(partner.industries))
      checkKnownValue(report, ['industries', i], industry, ids.industries, 'industry', 'vocabularies.industries in program.yaml');
    items(partner.integrations).forEach(([integration, i]) => {
      const category = text(fields(integration).category);
      if (category)
        checkKnownValue(
          report,
          ['integrations', i, 'category'],
          category,
          ids.integrationCategories,
          'integration category',
          'vocabularies.integrationCategories in program.yaml',
        );
    });
    items(partner.certifications).forEach(([value, i]) => {
      const id = text(fields(value).id);
      if (id) checkKnownValue(report, ['certifications', i, 'id'], id, [...ids.certifications.keys()], 'certification', 'certifications in program.yaml');
    });
    items(partner.certifiedPeople).forEach(([value, i]) => {
      const id = text(fields(value).certification);
      if (id)
        checkKnownValue(report, ['certifiedPeople', i, 'certification'], id, [...ids.certifications.keys()], 'certification', 'certifications in program.yaml');
    });
  }
};

export const checkActivityTypes: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    items(fields(raw).entries).forEach(([entry, index]) => {
      const type = text(fields(entry).type);
      if (type) checkKnownValue(report, ['entries', index, 'type'], type, ids.activityTypes, 'activity type', 'activityTypes in program.yaml');
    });
  }
};

export const checkCaseStudyIndustry: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    const industry = text(fields(raw).industry);
    if (industry) checkKnownValue(report, ['industry'], industry, ids.industries, 'industry', 'vocabularies.industries in program.yaml');
  }
};
