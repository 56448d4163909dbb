// The ids program.yaml defines (tiers, partner types, vocabularies, activity types,
// certifications), read from the data as written, for the checks of the values that use them.
import { DEFAULT_ACTIVITY_TYPES } from '../../schemas/program.ts';
import { fields, items, strings, text } from './data-as-written.ts';

export interface ProgramIds {
  tiers: string[];
  partnerTypes: string[];
  regions: string[];
  industries: string[];
  integrationCategories: string[];
  activityTypes: string[];
  certifications: Map<string, { name: string; validityMonths: number | undefined }>;
  /** The ladders of tiers per partner type; empty when the program has one ladder for everyone. */
  tracks: Array<{ id: string; name: string; partnerTypes: string[]; tiers: string[] }>;
  /** Tier names by id, for messages. */
  tierNames: Map<string, string>;
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
    tracks: items(program.tracks).flatMap(([item]) => {
      const track = fields(item);
      const id = text(track.id);
      const own = (list: unknown) => strings(list).map(([value]) => value);
      return id ? [{ id, name: text(track.name) ?? id, partnerTypes: own(track.partnerTypes), tiers: own(track.tiers) }] : [];
    }),
    tierNames: new Map(
      items(program.tiers).flatMap(([item]) => {
        const id = text(fields(item).id);
        return id ? [[id, text(fields(item).name) ?? id] as const] : [];
      }),
    ),
    activityTypes: program.activityTypes === undefined ? DEFAULT_ACTIVITY_TYPES.map((type) => type.id) : idsOf(program.activityTypes),
    certifications: new Map(
      items(program.certifications).flatMap(([item]) => {
        const certification = fields(item);
        const id = text(certification.id);
        const months = certification.validityMonths;
        return id ? [[id, { name: text(certification.name) ?? id, validityMonths: typeof months === 'number' ? months : undefined }] as const] : [];
      }),
    ),
  };
}
