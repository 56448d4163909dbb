// The immutable id of a partner or an app: what an integrator keys its records on, so a renamed
// slug is a rename, not a deletion and a new record. Derived from the first slug the entity was
// listed under (a renamed partner keeps its old slugs in formerSlugs, oldest first), so it needs
// no git history and no field a contributor could get wrong: UUID v5 of the kind and that slug.
import { createHash } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

// A fixed namespace for Partnerkit's ids (itself a v5 UUID of "partnerkit" in the URL namespace).
const PARTNERKIT_NAMESPACE = uuidV5('https://partnerkit.example/ids', uuidV5.URL);

/** The first slug of an entity: the oldest of its former slugs, else its slug. */
export function firstSlug(slug: string, formerSlugs: readonly string[] = []): string {
  return formerSlugs[0] ?? slug;
}

/** A partner's id, the same under every slug it has had. */
export function partnerId(slug: string, formerSlugs: readonly string[] = []): string {
  return uuidV5(`partner:${firstSlug(slug, formerSlugs)}`, PARTNERKIT_NAMESPACE);
}

/** An app's id. */
export function appId(slug: string, formerSlugs: readonly string[] = []): string {
  return uuidV5(`app:${firstSlug(slug, formerSlugs)}`, PARTNERKIT_NAMESPACE);
}

/** A signed credential's id: the same for the same statement (subject, what it holds, since when), whatever the build. */
export function credentialId(statement: string): string {
  return uuidV5(`credential:${statement}`, PARTNERKIT_NAMESPACE);
}

/** A case study's id: case studies are not renamed, so it is that of its slug. */
export function caseStudyId(slug: string): string {
  return uuidV5(`case-study:${slug}`, PARTNERKIT_NAMESPACE);
}

/** A news post's id. */
export function newsId(slug: string): string {
  return uuidV5(`news:${slug}`, PARTNERKIT_NAMESPACE);
}

const NAMESPACE_BYTES = Buffer.from(PARTNERKIT_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * A change event's id, from what makes it unique (its commit, type and entity): the same in every
 * build. The UUID v5 that uuidV5(`change:${key}`, namespace) gives, hashed directly: a large
 * history has an event for every change, and the library parses the namespace on every call.
 */
export function changeEventId(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(`change:${key}`, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
