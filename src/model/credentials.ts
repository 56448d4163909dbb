// What the program vouches for in signed credentials (Open Badges 3.0 in the VC Data Model 2.0):
// each current partner's membership at its tier, each certification it holds that has not expired,
// and each listed app's certifications. Plain data here; src/render/credential-files.ts signs it.
//
// Only dates that are facts go in: when a certification was earned and when it expires, when the
// partnership (or its current status) began. A membership has no end date in the records, so its
// credential has no validUntil: it holds while the site publishes it, and the verify page and the
// credential index are where its withdrawal shows. Nothing depends on the build date except which
// certifications are still current, so the same content signs to the same bytes.
import type { Credential, CredentialIndex } from '../../schemas/api/credentials.ts';
import { CREDENTIAL_MEDIA_TYPE, OB_CONTEXT, VC_CONTEXT } from '../../schemas/api/credentials.ts';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';
import { credentialId } from './entity-ids.ts';
import type { AppView, HeldCertification, Model, PartnerView } from './model-types.ts';

/** One credential: where its file is and what it states. */
export interface PublishedCredential {
  sitePath: string;
  kind: 'membership' | 'certification';
  /** The certification's id; undefined for membership. */
  certification: string | undefined;
  credential: Credential;
}

/** A partner's or app's credentials and the index that lists them. */
export interface CredentialSet {
  indexPath: string;
  /** The subject's id as credentials name it: `urn:uuid:<id>`. */
  subjectUrn: string;
  credentials: PublishedCredential[];
  index: CredentialIndex;
}

/** The site's absolute URLs: Astro's `site` (PARTNERKIT_SITE_URL), else program.yaml's site.url. */
type Absolute = (sitePath: string) => string;
const absoluteIn =
  (model: Model, site: URL | undefined): Absolute =>
  (sitePath) =>
    absoluteUrl(sitePath, site, model.program.site.url);

const dateTime = (date: string) => `${date}T00:00:00Z`;
const later = (dates: Array<string | undefined>) =>
  dates
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
const isCurrent = (held: HeldCertification) => held.status !== 'expired';

/** Every credential set the site publishes: current partners, then listed apps. */
export function credentialSets(model: Model, site: URL | undefined): CredentialSet[] {
  return [
    ...model.partners.flatMap((partner) => partnerCredentialSet(partner, model, site) ?? []),
    ...model.apps.flatMap((app) => appCredentialSet(app, model, site) ?? []),
  ];
}

/** A current partner's membership and certifications; undefined for a partner that is not current. */
export function partnerCredentialSet(partner: PartnerView, model: Model, site: URL | undefined): CredentialSet | undefined {
  if (partner.standing !== 'current') return undefined;
  const absolute = absoluteIn(model, site);
  const subjectUrn = `urn:uuid:${partner.id}`;
  const subject = { urn: subjectUrn, name: partner.name, url: partner.website };
  const credentials: PublishedCredential[] = [];
  // A partnership with no start date in the records gets no membership credential: no invented dates.
  const since = later([partner.since, partner.statusSince]);
  if (since) {
    const { tier, types } = partner;
    const programTier = model.program.tiers.find((candidate) => candidate.id === tier.id);
    const requirements = programTier?.requirements ?? [];
    const as = types.length ? ` (partner types: ${types.map((type) => type.name).join(', ')})` : '';
    credentials.push({
      sitePath: routes.membershipCredential(partner.slug),
      kind: 'membership',
      certification: undefined,
      credential: credential(model, absolute, subject, {
        statement: `membership:${tier.id}:${types.map((type) => type.id).join(',')}:${since}`,
        name: `${partner.name}: ${tier.name} partner of ${model.program.name}`,
        description: `${partner.name} is a current ${tier.name} partner of ${model.program.name}${as}.`,
        achievement: {
          id: absolute(routes.tier(tier.id)),
          achievementType: 'Membership',
          name: `${tier.name} partner`,
          description: tier.description ?? `The ${tier.name} tier of ${model.program.name}.`,
          narrative: requirements.length
            ? `Partners at this tier meet its requirements: ${requirements.map((requirement) => requirement.description).join('; ')}.`
            : `Partners are admitted to this tier by ${model.program.name}.`,
        },
        validFrom: since,
        validUntil: undefined,
      }),
    });
  }
  const definitions = new Map(model.certifications.map((definition) => [definition.id, definition]));
  for (const held of partner.certifications.filter(isCurrent)) {
    const definition = definitions.get(held.id);
    const page = definition?.url ?? `${absolute(routes.certifications)}#${held.id}`;
    credentials.push(
      certificationCredential(model, absolute, subject, held, routes.certificationCredential(partner.slug, held.id), {
        page,
        description: definition?.description ?? held.name,
        narrative: `${definition?.description ?? held.name}${definition ? ` Valid for ${definition.validityMonths} months after it is earned.` : ''}`,
      }),
    );
  }
  return credentialSet(
    absolute,
    routes.credentialIndex(partner.slug),
    { id: partner.id, kind: 'partner', name: partner.name, verify: partner.verifyPath },
    credentials,
  );
}

/** A listed app's current certifications; undefined for an app that is not listed. */
export function appCredentialSet(app: AppView, model: Model, site: URL | undefined): CredentialSet | undefined {
  if (!app.listed) return undefined;
  const absolute = absoluteIn(model, site);
  const subject = { urn: `urn:uuid:${app.id}`, name: app.name, url: absolute(app.path) };
  const definitions = new Map(model.appCertifications.map((definition) => [definition.id, definition]));
  const credentials = app.certifications.filter(isCurrent).map((held) => {
    const definition = definitions.get(held.id);
    const page = definition?.url ?? `${absolute(routes.certifications)}#app-${held.id}`;
    return certificationCredential(model, absolute, subject, held, routes.appCertificationCredential(app.slug, held.id), {
      page,
      description: definition?.description ?? held.name,
      narrative: `Apps that hold it meet these criteria: ${(definition?.criteria ?? []).join('; ')}.`,
    });
  });
  return credentialSet(absolute, routes.appCredentialIndex(app.slug), { id: app.id, kind: 'app', name: app.name, verify: app.verifyPath }, credentials);
}

interface Subject {
  urn: string;
  name: string;
  url: string;
}

function certificationCredential(
  model: Model,
  absolute: Absolute,
  subject: Subject,
  held: HeldCertification,
  sitePath: string,
  about: { page: string; description: string; narrative: string },
): PublishedCredential {
  return {
    sitePath,
    kind: 'certification',
    certification: held.id,
    credential: credential(model, absolute, subject, {
      statement: `certification:${held.id}:${held.earned}:${held.expires}`,
      name: `${subject.name}: ${held.name}`,
      description: `${subject.name} holds ${held.name}, a certification of ${model.program.name}, earned ${held.earned} and valid until ${held.expires}.`,
      achievement: { id: about.page, achievementType: 'Certification', name: held.name, description: about.description, narrative: about.narrative },
      validFrom: held.earned,
      validUntil: held.expires,
    }),
  };
}

interface Statement {
  /** What makes this credential this one, for its id. */
  statement: string;
  name: string;
  description: string;
  achievement: { id: string; achievementType: 'Membership' | 'Certification'; name: string; description: string; narrative: string };
  validFrom: string;
  validUntil: string | undefined;
}

function credential(model: Model, absolute: Absolute, subject: Subject, what: Statement): Credential {
  const { achievement } = what;
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${credentialId(`${subject.urn}:${what.statement}`)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: what.name,
    description: what.description,
    issuer: { id: absolute(routes.home), type: ['Profile'], name: model.program.name },
    validFrom: dateTime(what.validFrom),
    ...(what.validUntil ? { validUntil: dateTime(what.validUntil) } : {}),
    credentialSubject: {
      id: subject.urn,
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: subject.name },
        { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: subject.url },
      ],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: achievement.achievementType,
        name: achievement.name,
        description: achievement.description,
        criteria: { id: achievement.id, narrative: achievement.narrative },
      },
    },
  };
}

function credentialSet(
  absolute: Absolute,
  indexPath: string,
  subject: { id: string; kind: 'partner' | 'app'; name: string; verify: string },
  credentials: PublishedCredential[],
): CredentialSet {
  return {
    indexPath,
    subjectUrn: `urn:uuid:${subject.id}`,
    credentials,
    index: {
      subject: { ...subject, verify: absolute(subject.verify) },
      jwks: absolute(routes.credentialKeys),
      credentials: credentials.map(({ kind, certification, credential, sitePath }) => ({
        kind,
        certification: certification ?? null,
        name: credential.credentialSubject.achievement.name,
        validFrom: credential.validFrom,
        validUntil: credential.validUntil ?? null,
        url: absolute(sitePath),
        mediaType: CREDENTIAL_MEDIA_TYPE,
      })),
    },
  };
}
