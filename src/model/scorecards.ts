// A partner's scorecard (internal build only): its reciprocity, plus the give-and-take by activity
// type, both ways, for the recent window and the last 12 months, and the latest entries of its
// ledger by title. Ledger notes are never taken: a scorecard is printed and sent to the partner.
import type { ActivityEntry } from '../../schemas/activity.ts';
import type { Program } from '../../schemas/program.ts';
import type { PartnerReciprocity, Side } from './reciprocity.ts';

export interface GiveAndTake {
  type: string;
  name: string;
  /** Activities of this type by each side: in the recent window, and in the last 12 months. */
  lately: Record<Side, number>;
  year: Record<Side, number>;
}

export interface Scorecard {
  slug: string;
  reciprocity: PartnerReciprocity;
  /** Every activity type either side did in the last 12 months, in program.yaml's order. */
  giveAndTake: GiveAndTake[];
  /** The latest entries of the last 12 months, newest first: date, side, type name and title only. */
  recent: Array<{ date: string; by: Side; type: string; title: string }>;
}

/** How many entries a scorecard lists: it is one printed page or two, not the ledger. */
export const SCORECARD_RECENT_ENTRIES = 12;

export function scorecardOf(reciprocity: PartnerReciprocity, entries: readonly ActivityEntry[], program: Program, today: string): Scorecard {
  const inYear = entries.filter((e) => e.date >= reciprocity.year.from && e.date <= today);
  const count = (list: readonly ActivityEntry[], type: string, by: Side) => list.filter((e) => e.type === type && e.by === by).length;
  const lately = inYear.filter((e) => e.date >= reciprocity.lately.from);
  const typeName = new Map(program.activityTypes.map((type) => [type.id, type.name]));
  return {
    slug: reciprocity.slug,
    reciprocity,
    giveAndTake: program.activityTypes
      .map((type) => ({
        type: type.id,
        name: type.name,
        lately: { platform: count(lately, type.id, 'platform'), partner: count(lately, type.id, 'partner') },
        year: { platform: count(inYear, type.id, 'platform'), partner: count(inYear, type.id, 'partner') },
      }))
      .filter((row) => row.year.platform + row.year.partner > 0),
    recent: [...inYear]
      .sort((a, b) => b.date.localeCompare(a.date))
      .slice(0, SCORECARD_RECENT_ENTRIES)
      .map((e) => ({ date: e.date, by: e.by, type: typeName.get(e.type) ?? e.type, title: e.title })),
  };
}
