// The ids program.yaml defines (tiers, partner types, vocabularies, activity types,
// certifications, app certifications), read from the data as written, for the checks of the values that use them.
import { CURRENCY_CODES } from '../../schemas/common.ts';
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
  /** The certifications apps can earn (appCertifications). */
  appCertifications: Map<string, { name: string; validityMonths: number | undefined }>;
  /** Metrics by id, with what their checks need: the kind, and a money metric's currency. */
  metrics: Map<string, { name: string; kind: string | undefined; currency: string | undefined }>;
  /** The month the fiscal year starts in (1 when not written, or not a month). */
  fiscalYearStart: number;
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
    certifications: certificationsOf(program.certifications),
    appCertifications: certificationsOf(program.appCertifications),
    metrics: new Map(
      items(program.metrics).flatMap(([item]) => {
        const metric = fields(item);
        const id = text(metric.id);
        // A currency that is not one was reported with the metric: others are not compared with it.
        const currency = text(metric.currency);
        return id
          ? [
              [
                id,
                { name: text(metric.name) ?? id, kind: text(metric.kind), currency: currency && CURRENCY_CODES.has(currency) ? currency : undefined },
              ] as const,
            ]
          : [];
      }),
    ),
    fiscalYearStart:
      Number.isInteger(program.fiscalYearStart) && Number(program.fiscalYearStart) >= 1 && Number(program.fiscalYearStart) <= 12
        ? Number(program.fiscalYearStart)
        : 1,
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
