// The ids program.yaml defines (tiers, partner types, vocabularies, activity types,
// certifications, app certifications), read from the data as written, for the checks of the values that use them.
import { DEFAULT_ACTIVITY_TYPES } from '../../schemas/program.ts';
import { fields, items, text } from './data-as-written.ts';

export interface ProgramIds {
  tiers: string[];
  partnerTypes: string[];
  regions: string[];
  industries: string[];
  integrationCategories: string[];
  activityTypes: string[];
  certifications: Map<string, { name: string; validityMonths: number | undefined }>;
  /** The certifications apps can earn (appCertifications). */
  appCertifications: Map<string, { name: string; validityMonths: number | undefined }>;
}

export function programIds(program: Record<string, unknown>): ProgramIds {
  const vocabularies = fields(program.vocabularies);
  const idsOf = (list: unknown) => items(list).flatMap(([item]) => text(fields(item).id) ?? []);
  return {
    tiers: idsOf(program.tiers),
    partnerTypes: idsOf(program.partnerTypes),
    regions: idsOf(vocabularies.regions),
    industries: idsOf(vocabularies.industries),
    integrationCategories: idsOf(vocabularies.integrationCategories),
    activityTypes: program.activityTypes === undefined ? DEFAULT_ACTIVITY_TYPES.map((type) => type.id) : idsOf(program.activityTypes),
    certifications: certificationsOf(program.certifications),
    appCertifications: certificationsOf(program.appCertifications),
  };
}

function certificationsOf(list: unknown): ProgramIds['certifications'] {
  return new Map(
    items(list).flatMap(([item]) => {
      const certification = fields(item);
      const id = text(certification.id);
      const months = certification.validityMonths;
      return id ? [[id, { name: text(certification.name) ?? id, validityMonths: typeof months === 'number' ? months : undefined }] as const] : [];
    }),
  );
}
