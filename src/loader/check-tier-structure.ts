// How program.yaml's tiers fit together: the benefits matrix and the tracks name tiers and partner
// types the program defines, every tier sits on a ladder when there are tracks, a tier says its fee
// in one form only, and an invitation-only tier has no fee that the site would never show.
import type { CrossCheck } from './cross-check.ts';
import { fields, items, strings, text } from './data-as-written.ts';
import { listOf } from './did-you-mean.ts';
import { checkKnownValue } from './known-value.ts';
import type { Advice } from './problem.ts';

export const checkTierStructure: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  for (const { raw, report } of files) {
    const program = fields(raw);
    for (const [benefit, b] of items(program.benefits)) {
      for (const tier of Object.keys(fields(fields(benefit).values)))
        checkKnownValue(report, ['benefits', b, 'values', tier], tier, ids.tiers, 'tier', 'tiers', true);
    }
    for (const [track, t] of items(program.tracks)) {
      for (const [tier, i] of strings(fields(track).tiers)) checkKnownValue(report, ['tracks', t, 'tiers', i], tier, ids.tiers, 'tier', 'tiers');
      for (const [type, i] of strings(fields(track).partnerTypes))
        checkKnownValue(report, ['tracks', t, 'partnerTypes', i], type, ids.partnerTypes, 'partner type', 'partnerTypes');
    }
    const onALadder = new Set(ids.tracks.flatMap((track) => track.tiers));
    for (const [value, t] of items(program.tiers)) {
      const tier = fields(value);
      const id = text(tier.id);
      if (id && ids.tracks.length > 0 && !onALadder.has(id)) {
        report.field(['tiers', t, 'id'], 'error', {
          code: 'tier-without-track',
          message: `the tier "${id}" is in none of the tracks, so no partner can reach it`,
          fix: `add "${id}" to the tiers of a track (${listOf(ids.tracks.map((track) => track.id))}), or remove the tier`,
        });
      }
      if (tier.fee !== undefined && tier.fees !== undefined) {
        report.field(['tiers', t, 'fee'], 'error', {
          code: 'old-and-new-form',
          message: 'the tier has both "fee" and "fees"',
          fix: 'move this fee into the "fees" list and remove "fee" (npm run migrate does it)',
        });
      }
      const hasFee = tier.fee !== undefined || items(tier.fees).length > 0;
      if (tier.invitationOnly === true && hasFee) {
        report.field(['tiers', t, tier.fees !== undefined ? 'fees' : 'fee'], 'warning', {
          code: 'fee-never-shown',
          message: 'the tier is by invitation only, so the site shows "By invitation" and never this fee',
          fix: 'remove the fee, or remove "invitationOnly: true" to publish it',
        });
      }
    }
  }
};

/** A partner's tier must be on the ladder of a track for one of its types. */
export const checkPartnerTrack: CrossCheck = (files, { ids }) => {
  if (!ids || ids.tracks.length === 0) return;
  for (const { raw, report } of files) {
    const partner = fields(raw);
    const tier = text(partner.tier);
    // An unknown tier or type is reported by its own check, once.
    if (!tier || !ids.tiers.includes(tier) || report.hasErrorAt(['tier'])) continue;
    const types = strings(partner.types).map(([type]) => type);
    const known = types.filter((type) => ids.partnerTypes.includes(type));
    if (known.length === 0) continue;
    const tracks = ids.tracks.filter((track) => track.partnerTypes.some((type) => known.includes(type)));
    if (tracks.some((track) => track.tiers.includes(tier))) continue;
    report.field(['tier'], 'error', tierOutsideTrackAdvice(ids.tierNames.get(tier) ?? tier, known, tracks));
  }
};

/**
 * Why a tier cannot be given to a partner of these types: it is on none of `tracks`, the tracks
 * for them. `offered` are the tiers to suggest (by default every tier of those tracks); new:partner
 * leaves out the invitation-only ones.
 */
export function tierOutsideTrackAdvice(
  tierName: string,
  types: readonly string[],
  tracks: ReadonlyArray<{ name: string; tiers: readonly string[] }>,
  offered: readonly string[] = [...new Set(tracks.flatMap((track) => track.tiers))],
): Advice {
  const typeList = listOf(types);
  if (tracks.length === 0)
    return {
      code: 'tier-outside-track',
      message: `no track of this program is for partner type ${typeList}, so the tier "${tierName}" cannot be given`,
      fix: 'add the partner type to a track in program.yaml, or give the partner another type',
    };
  return {
    code: 'tier-outside-track',
    message: `${tierName} is not a tier of ${listOf(tracks.map((track) => track.name))}, the track for partner type ${typeList}`,
    fix: `use a tier of that track: ${listOf(offered)}, or change the partner's types`,
  };
}
