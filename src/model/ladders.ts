// The ladders partners climb: one per track (a ladder per partner type or group of types), or one
// ladder of every tier when the program has no tracks. Tier order and "the next tier" follow the
// partner's ladder, never the order of program.tiers alone.
import type { Program } from '../../schemas/program.ts';

type Tier = Program['tiers'][number];

export interface Ladder {
  id: string;
  name: string;
  description: string | undefined;
  /** The partner types that climb it; empty for the one ladder of a program without tracks. */
  partnerTypes: string[];
  /** From the first tier to the highest. */
  tiers: Tier[];
}

/** The id of the one ladder of a program without tracks: not kebab-case, so no track can have it. */
export const ALL_TIERS = '_all';

/** The program's ladders: its tracks in the order written, or one ladder of every tier. */
export function laddersOf(program: Program): Ladder[] {
  const tierById = new Map(program.tiers.map((tier) => [tier.id, tier]));
  if (!program.tracks?.length) return [{ id: ALL_TIERS, name: 'Tiers', description: undefined, partnerTypes: [], tiers: program.tiers }];
  return program.tracks.map((track) => ({
    id: track.id,
    name: track.name,
    description: track.description,
    partnerTypes: track.partnerTypes,
    tiers: track.tiers.flatMap((id) => tierById.get(id) ?? []),
  }));
}

/**
 * The ladder a partner climbs: the first track for one of its types that holds its tier (validate
 * makes sure there is one), else the first track for one of its types; every tier without tracks.
 */
export function ladderOf(program: Program, partner: { tier: string; types: readonly string[] }): Ladder {
  const ladders = laddersOf(program);
  if (ladders.length === 1 && ladders[0]!.id === ALL_TIERS) return ladders[0]!;
  const forTypes = ladders.filter((ladder) => ladder.partnerTypes.some((type) => partner.types.includes(type)));
  return forTypes.find((ladder) => ladder.tiers.some((tier) => tier.id === partner.tier)) ?? forTypes[0] ?? ladders[0]!;
}

/** The tier above the partner's on its ladder; undefined at the top. */
export function nextTierOf(program: Program, partner: { tier: string; types: readonly string[] }): Tier | undefined {
  const { tiers } = ladderOf(program, partner);
  const index = tiers.findIndex((tier) => tier.id === partner.tier);
  return index === -1 ? undefined : tiers[index + 1];
}

/** The ladders a partner of these types may climb: the tracks for one of them, or the one ladder of every tier. */
export function laddersFor(program: Program, types: readonly string[]): Ladder[] {
  const ladders = laddersOf(program);
  if (ladders.length === 1 && ladders[0]!.id === ALL_TIERS) return ladders;
  return ladders.filter((ladder) => ladder.partnerTypes.some((type) => types.includes(type)));
}
