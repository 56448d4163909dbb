// The signed credentials the site publishes (src/render/credential-files.ts): Open Badges 3.0
// credentials in the W3C Verifiable Credentials Data Model 2.0, each secured as VC-JOSE
// (`application/vc+jwt`: a compact JWS whose payload is the credential JSON), the index of a
// partner's or an app's credentials, and the JWKS that holds the public key. Every credential is
// parsed with these strict schemas before it is signed, so nothing but these fields is ever signed.
// No schema here carries a meta `id`: an id puts a schema in the OpenAPI document's components
// (src/render/openapi.ts), which is for the document to do once it describes these files.
import { z } from 'zod';

const url = (description: string) => z.url().meta({ description });
const dateTime = (description: string) => z.iso.datetime().meta({ description });

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** The JWS `typ` of a credential secured with JOSE (VC-JOSE-COSE, section 3.1.1). */
export const CREDENTIAL_JWS_TYPE = 'vc+jwt';
export const CREDENTIAL_MEDIA_TYPE = 'application/vc+jwt';

/** What a credential says: membership of the program at a tier, or a certification. */
export const CredentialKindSchema = z
  .enum(['membership', 'certification'])
  .meta({ description: 'membership: the partner is a current member of the program at its tier; certification: the partner or app holds a certification.' });

const identity = z.strictObject({
  type: z.literal('IdentityObject').meta({ description: 'Open Badges: an identifier of the subject.' }),
  identityType: z
    .enum(['name', 'identifier'])
    .meta({ description: "Open Badges identifier types: name, the subject's name; identifier, its website (a partner) or its listing (an app)." }),
  hashed: z.literal(false).meta({ description: 'The identity is given in plain text.' }),
  identityHash: z.string().meta({ description: 'The identity itself (plain text, as hashed is false).' }),
});

export const AchievementSchema = z.strictObject({
  id: url("The achievement's page: the tier's page for membership, the certification's own page (or the program's certifications page) otherwise."),
  type: z.tuple([z.literal('Achievement')]).meta({ description: 'Open Badges: always ["Achievement"].' }),
  achievementType: z.enum(['Membership', 'Certification']).meta({ description: 'Open Badges achievement type.' }),
  name: z.string().meta({ description: 'The tier ("Gold partner") or the certification\'s name.' }),
  description: z.string().meta({ description: 'What it means, in a sentence or two.' }),
  criteria: z
    .strictObject({
      id: url('Where the criteria are published.'),
      narrative: z.string().meta({ description: 'How it is earned, in plain text.' }),
    })
    .meta({ description: 'How the achievement is earned.' }),
});

export const CredentialSchema = z
  .strictObject({
    '@context': z.tuple([z.literal(VC_CONTEXT), z.literal(OB_CONTEXT)]).meta({ description: 'The VC Data Model 2.0 and Open Badges 3.0 contexts.' }),
    id: z
      .string()
      .regex(/^urn:uuid:[0-9a-f-]{36}$/)
      .meta({ description: "The credential's id: a UUID v5 of what it states, so the same facts always give the same id." }),
    type: z
      .tuple([z.literal('VerifiableCredential'), z.literal('OpenBadgeCredential')])
      .meta({ description: 'Always ["VerifiableCredential", "OpenBadgeCredential"].' }),
    name: z.string().meta({ description: 'What the credential states, in one line, e.g. "Acme Ltd: Gold partner of the Example Partner Program".' }),
    description: z.string().meta({ description: 'The same in a sentence: who holds what, from whom.' }),
    issuer: z
      .strictObject({
        id: url("The program's site: the issuer is the program."),
        type: z.tuple([z.literal('Profile')]).meta({ description: 'Open Badges: always ["Profile"].' }),
        name: z.string().meta({ description: "The program's name." }),
      })
      .meta({ description: 'Who issues the credential: the partner program.' }),
    validFrom: dateTime(
      'From when the credential holds: when the certification was earned, or when the partnership (or its current status) began, whichever is later.',
    ),
    validUntil: dateTime(
      "Until when it holds: the certification's expiry. Membership credentials have none: they hold until the site stops publishing them.",
    ).optional(),
    credentialSubject: z
      .strictObject({
        id: z
          .string()
          .regex(/^urn:uuid:[0-9a-f-]{36}$/)
          .meta({ description: "The partner's or app's immutable id (the `id` of its API record), as a URN." }),
        type: z.tuple([z.literal('AchievementSubject')]).meta({ description: 'Open Badges: always ["AchievementSubject"].' }),
        identifier: z.array(identity).meta({ description: "The subject's name and website (or listing), so a reader can tell who it is." }),
        achievement: AchievementSchema,
      })
      .meta({ description: 'Who holds it and what they hold.' }),
  })
  .meta({ description: 'An Open Badges 3.0 credential (VC Data Model 2.0), the payload of a credential file.' });

export type Credential = z.infer<typeof CredentialSchema>;

export const CredentialIndexSchema = z
  .strictObject({
    subject: z
      .strictObject({
        id: z.string().meta({ description: "The partner's or app's immutable id (as in the API)." }),
        kind: z.enum(['partner', 'app']).meta({ description: 'Whether the subject is a partner or an app.' }),
        name: z.string().meta({ description: "The subject's name." }),
        verify: url('The page that verifies these credentials in the browser.'),
      })
      .meta({ description: 'Whose credentials these are.' }),
    jwks: url('The JSON Web Key Set with the public key that verifies every credential.'),
    credentials: z
      .array(
        z.strictObject({
          kind: CredentialKindSchema,
          certification: z.string().nullable().meta({ description: "The certification's id; null for membership." }),
          name: z.string().meta({ description: 'What the credential states (its achievement).' }),
          validFrom: dateTime('As in the credential.'),
          validUntil: dateTime('As in the credential; null when it has none.').nullable(),
          url: url('The credential file: a compact JWS (application/vc+jwt).'),
          mediaType: z.literal(CREDENTIAL_MEDIA_TYPE).meta({ description: 'Always application/vc+jwt.' }),
        }),
      )
      .meta({ description: 'Every credential published for the subject: membership first, then certifications by id.' }),
  })
  .meta({ description: "A partner's or app's signed credentials and where to verify them." });

export type CredentialIndex = z.infer<typeof CredentialIndexSchema>;

export const JwksSchema = z
  .strictObject({
    keys: z
      .array(
        z.strictObject({
          kty: z.literal('OKP').meta({ description: 'Key type: an octet key pair.' }),
          crv: z.literal('Ed25519').meta({ description: 'The curve.' }),
          x: z.string().meta({ description: 'The public key, base64url.' }),
          kid: z.string().meta({ description: "The key's id: its RFC 7638 thumbprint, as in every credential's JWS header." }),
          alg: z.literal('EdDSA').meta({ description: 'The signature algorithm.' }),
          use: z.literal('sig').meta({ description: 'The key signs.' }),
        }),
      )
      .meta({ description: 'The public keys credentials are signed with (public parts only).' }),
  })
  .meta({ description: 'The JSON Web Key Set that verifies the published credentials.' });
