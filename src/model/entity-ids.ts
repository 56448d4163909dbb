// The immutable id of a partner or an app: what an integrator keys its records on, so a renamed
// slug is a rename, not a deletion and a new record. Derived from the first slug the entity was
// listed under (a renamed partner keeps its old slugs in formerSlugs, oldest first), so it needs
// no git history and no field a contributor could get wrong: UUID v5 of the kind and that slug.
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
