// Signed credentials without a build: the signing key as PARTNERKIT_SIGNING_KEY gives it (and the
// mistakes it refuses), what each credential states for a small program written here, and the
// signatures checked with node:crypto, not with jose that signed them: a changed byte fails.
import { createPublicKey, verify } from 'node:crypto';
import path from 'node:path';
import { calculateJwkThumbprint } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Credential, CredentialSchema } from '../schemas/api/credentials.ts';
import { newSigningKey } from '../src/cli/keygen.ts';
import { appCredentialSet, credentialSets, partnerCredentialSet } from '../src/model/credentials.ts';
import type { Model } from '../src/model/model-types.ts';
import { credentialRenderers, signer } from '../src/render/credential-files.ts';
import { routes } from '../src/routes.ts';
import { readSigningKey, SettingsError, type SigningKey, signingKey } from '../src/settings.ts';
import { PROJECT_ROOT, run } from './helpers/content-fixture.ts';
import { modelOf, scenarioContent, scenarioModel, writeScenario } from './helpers/scenario.ts';

const key = readSigningKey(newSigningKey());

/** Checks a compact JWS with node:crypto's Ed25519 against the public JWK: the signature over "header.payload". */
function verifiedPayload(jws: string, publicJwk: SigningKey['publicJwk']): Credential | undefined {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const publicKey = createPublicKey({ key: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, format: 'jwk' });
  const genuine = verify(null, Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'));
  return genuine ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Credential) : undefined;
}
const headerOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the signing key (PARTNERKIT_SIGNING_KEY)', () => {
  afterEach(() => vi.unstubAllEnvs());
  const refused = (value: string) => {
    vi.stubEnv('PARTNERKIT_SIGNING_KEY', value);
    try {
      signingKey();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      // A secret: no message may quote the key, or any part of it.
      const secret = /"d":"([^"]+)"/.exec(value)?.[1];
      if (secret) expect((error as Error).message).not.toContain(secret);
      expect((error as Error).message).not.toContain(value);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('is optional: unset or empty, no credentials are signed', () => {
    vi.stubEnv('PARTNERKIT_SIGNING_KEY', undefined);
    expect(signingKey()).toBeUndefined();
    vi.stubEnv('PARTNERKIT_SIGNING_KEY', '  ');
    expect(signingKey()).toBeUndefined();
  });

  it('reads a private Ed25519 JWK, and names it by its RFC 7638 thumbprint (as jose computes it)', async () => {
    const text = newSigningKey();
    vi.stubEnv('PARTNERKIT_SIGNING_KEY', text);
    const read = signingKey()!;
    const { x, d } = JSON.parse(text) as { x: string; d: string };
    expect(read.privateJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x, d });
    expect(read.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x, kid: read.kid, alg: 'EdDSA', use: 'sig' });
    expect(read.kid).toBe(await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }));
    // Without "x" the public half is derived from "d".
    vi.stubEnv('PARTNERKIT_SIGNING_KEY', JSON.stringify({ kty: 'OKP', crv: 'Ed25519', d }));
    expect(signingKey()!.publicJwk.x).toBe(x);
  });

  it('refuses what is not a private Ed25519 key, saying what it is and how to make one', () => {
    const { x, d } = JSON.parse(newSigningKey()) as { x: string; d: string };
    const other = JSON.parse(newSigningKey()) as { x: string };
    expect(refused('kty=OKP')).toBe(
      'PARTNERKIT_SIGNING_KEY is not JSON (a private key is one line of JSON starting with {"kty":"OKP") → run `npm run keygen` and set PARTNERKIT_SIGNING_KEY to the private key it prints (one line of JSON), or unset it to publish no credentials',
    );
    expect(refused('["OKP"]')).toMatch(/^PARTNERKIT_SIGNING_KEY is not a JSON object .* → run `npm run keygen`/);
    expect(refused(JSON.stringify({ kty: 'RSA', n: 'abc', e: 'AQAB' }))).toMatch(
      /^PARTNERKIT_SIGNING_KEY is not an Ed25519 key \(its kty is "RSA", its crv null; credentials are signed with Ed25519\) → /,
    );
    expect(refused(JSON.stringify({ kty: 'EC', crv: 'P-256', x, y: x }))).toContain('its kty is "EC", its crv "P-256"');
    expect(refused(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x }))).toMatch(/^PARTNERKIT_SIGNING_KEY holds only a public key \(it has no "d"\)/);
    expect(refused(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x, d: d.slice(1) }))).toContain('has a "d" that is not 32 bytes of base64url');
    expect(refused(JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: other.x, d }))).toContain('has an "x" that is not the public half of its "d"');
  });
});

describe('npm run keygen', () => {
  it('prints a private key alone on standard output, and the public key and what to do on standard error', async () => {
    const result = await run([path.join(PROJECT_ROOT, 'src', 'cli', 'keygen.ts')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = readSigningKey(lines[0]!);
    expect(result.stderr).toContain('repository secret PARTNERKIT_SIGNING_KEY');
    expect(result.stderr).toContain(JSON.stringify(printed.publicJwk));
    expect(result.stderr).not.toContain(printed.privateJwk.d);
    // A new key each time.
    expect((await run([path.join(PROJECT_ROOT, 'src', 'cli', 'keygen.ts')])).stdout).not.toBe(result.stdout);
  });
});

// The build date is 2026-11-21 (NOW).
const SCENARIO = {
  program: {
    certifications: [
      { id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 },
      { id: 'security', name: 'Example Security Practitioner', description: 'Reviews integrations.', validityMonths: 12 },
    ],
    vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
    appCertifications: [{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks', 'Retries safely'], validityMonths: 12 }],
  },
  partners: {
    'acme-cloud': {
      name: 'Acme Cloud',
      tier: 'gold',
      types: ['technology', 'agency'],
      since: '2024-03-01',
      certifications: [
        { id: 'api-developer', earned: '2025-01-10' }, // until 2027-01-10: valid
        { id: 'security', earned: '2025-01-15' }, // until 2026-01-15: expired, no credential
      ],
    },
    // No start date anywhere: no membership credential (no invented date), but its certification has one.
    'beta-labs': { certifications: [{ id: 'security', earned: '2026-02-01' }] },
    'dusk-co': { status: 'inactive', since: '2023-01-01', certifications: [{ id: 'api-developer', earned: '2026-01-01' }] },
    'echo-co': { status: 'alumni', since: '2022-01-01' },
  },
  apps: {
    'acme-sync': { partner: 'acme-cloud', certifications: [{ id: 'built-for-example', earned: '2026-01-10' }] }, // until 2027-01-10
    'dusk-widget': { partner: 'dusk-co', certifications: [{ id: 'built-for-example', earned: '2026-01-10' }] }, // unlisted
  },
};

describe('what the credentials state', async () => {
  const { model } = await scenarioModel(SCENARIO);
  const partner = (slug: string) => model.partners.find((candidate) => candidate.slug === slug)!;
  const site = new URL('https://partners.example/');

  it('are published for current partners and listed apps only, and only for certifications that have not expired', () => {
    const published = credentialSets(model, site).flatMap((set) => set.credentials.map((credential) => credential.sitePath));
    expect(published).toEqual([
      '/credentials/acme-cloud/membership.jwt',
      '/credentials/acme-cloud/certifications/api-developer.jwt',
      '/credentials/beta-labs/certifications/security.jwt',
      '/credentials/apps/acme-sync/certifications/built-for-example.jwt',
    ]);
    expect(partnerCredentialSet(partner('dusk-co'), model, site)).toBeUndefined();
    expect(partnerCredentialSet(partner('echo-co'), model, site)).toBeUndefined();
    expect(appCredentialSet(model.unlistedApps[0]!, model, site)).toBeUndefined();
  });

  it("state membership from the partnership's start, with no end date, issued by the program", () => {
    const acme = partner('acme-cloud');
    const [membership] = partnerCredentialSet(acme, model, site)!.credentials;
    expect(membership!.credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Acme Cloud: Gold partner of Example Partners',
      description: 'Acme Cloud is a current Gold partner of Example Partners (partner types: Technology partner, Agency).',
      issuer: { id: 'https://partners.example/', type: ['Profile'], name: 'Example Partners' },
      validFrom: '2024-03-01T00:00:00Z',
      credentialSubject: {
        id: `urn:uuid:${acme.id}`,
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Acme Cloud' },
          { type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: 'https://acme-cloud.example' },
        ],
        achievement: {
          id: 'https://partners.example/tiers/gold/',
          type: ['Achievement'],
          achievementType: 'Membership',
          name: 'Gold partner',
          description: 'The second tier.',
          criteria: { id: 'https://partners.example/tiers/gold/', narrative: 'Partners are admitted to this tier by Example Partners.' },
        },
      },
    });
    expect(CredentialSchema.parse(membership!.credential)).toEqual(membership!.credential);
  });

  it('state membership from when the status last changed, when history says it is later than the start', () => {
    const acme = partner('acme-cloud');
    const reactivated = { ...acme, statusSince: '2025-05-01' };
    expect(partnerCredentialSet(reactivated, model, site)!.credentials[0]!.credential.validFrom).toBe('2025-05-01T00:00:00Z');
    const earlier = { ...acme, statusSince: '2023-01-01' };
    expect(partnerCredentialSet(earlier, model, site)!.credentials[0]!.credential.validFrom).toBe('2024-03-01T00:00:00Z');
    // beta-labs has no `since`: history's date is enough for a membership credential.
    const beta = { ...partner('beta-labs'), statusSince: '2026-03-02' };
    expect(partnerCredentialSet(beta, model, site)!.credentials.map((credential) => [credential.kind, credential.credential.validFrom])).toEqual([
      ['membership', '2026-03-02T00:00:00Z'],
      ['certification', '2026-02-01T00:00:00Z'],
    ]);
  });

  it('state a certification from when it was earned until it expires, and an app certification the same way', () => {
    const [, certification] = partnerCredentialSet(partner('acme-cloud'), model, site)!.credentials;
    expect(certification!.credential).toMatchObject({
      name: 'Acme Cloud: Example API Developer',
      validFrom: '2025-01-10T00:00:00Z',
      validUntil: '2027-01-10T00:00:00Z',
      credentialSubject: {
        achievement: {
          id: 'https://partners.example/certifications/#api-developer',
          achievementType: 'Certification',
          criteria: { narrative: 'Builds integrations. Valid for 24 months after it is earned.' },
        },
      },
    });
    const app = appCredentialSet(model.apps[0]!, model, site)!;
    expect(app.subjectUrn).toBe(`urn:uuid:${model.apps[0]!.id}`);
    expect(app.credentials[0]!.credential).toMatchObject({
      validFrom: '2026-01-10T00:00:00Z',
      validUntil: '2027-01-10T00:00:00Z',
      credentialSubject: {
        achievement: { name: 'Built for Example', criteria: { narrative: 'Apps that hold it meet these criteria: Uses webhooks; Retries safely.' } },
      },
    });
  });

  it("list each subject's credentials in an index, with absolute URLs", () => {
    const set = partnerCredentialSet(partner('acme-cloud'), model, site)!;
    expect(set.indexPath).toBe(routes.credentialIndex('acme-cloud'));
    expect(set.index).toEqual({
      subject: { id: partner('acme-cloud').id, kind: 'partner', name: 'Acme Cloud', verify: 'https://partners.example/verify/acme-cloud/' },
      jwks: 'https://partners.example/credentials/jwks.json',
      credentials: [
        {
          kind: 'membership',
          certification: null,
          name: 'Gold partner',
          validFrom: '2024-03-01T00:00:00Z',
          validUntil: null,
          url: 'https://partners.example/credentials/acme-cloud/membership.jwt',
          mediaType: 'application/vc+jwt',
        },
        {
          kind: 'certification',
          certification: 'api-developer',
          name: 'Example API Developer',
          validFrom: '2025-01-10T00:00:00Z',
          validUntil: '2027-01-10T00:00:00Z',
          url: 'https://partners.example/credentials/acme-cloud/certifications/api-developer.jwt',
          mediaType: 'application/vc+jwt',
        },
      ],
    });
  });
});

describe('the signed files', async () => {
  const root = await writeScenario(SCENARIO);
  const content = await scenarioContent(root);
  const { model } = await modelOf(content);
  const site = new URL('https://partners.example/');
  const files = async (from: Model, signWith = key) => {
    const out = new Map<string, string>();
    for (const [sitePath, render] of credentialRenderers(from, site, signWith)) out.set(sitePath, await render());
    return out;
  };
  const signed = await files(model);

  it('are compact JWS (EdDSA, typ vc+jwt, kid the key thumbprint) that an independent Ed25519 implementation verifies', () => {
    const jws = signed.get(routes.membershipCredential('acme-cloud'))!;
    expect(headerOf(jws)).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' });
    const payload = verifiedPayload(jws, key.publicJwk);
    expect(payload?.credentialSubject.achievement.name).toBe('Gold partner');
    for (const [sitePath, body] of signed) if (sitePath.endsWith('.jwt')) expect(verifiedPayload(body, key.publicJwk), sitePath).toBeDefined();
  });

  it('fail verification when the payload or the signature is changed, or with another key', () => {
    const jws = signed.get(routes.certificationCredential('acme-cloud', 'api-developer'))!;
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Credential;
    const forged = Buffer.from(JSON.stringify({ ...claims, validUntil: '2099-01-10T00:00:00Z' })).toString('base64url');
    expect(verifiedPayload(`${header}.${forged}.${signature}`, key.publicJwk)).toBeUndefined();
    const flipped = Buffer.from(signature, 'base64url');
    flipped[0]! ^= 1;
    expect(verifiedPayload(`${header}.${payload}.${flipped.toString('base64url')}`, key.publicJwk)).toBeUndefined();
    expect(verifiedPayload(jws, readSigningKey(newSigningKey()).publicJwk)).toBeUndefined();
  });

  it('publish only the public half of the key', () => {
    const jwks = JSON.parse(signed.get(routes.credentialKeys)!) as { keys: Array<Record<string, string>> };
    expect(jwks).toEqual({ keys: [key.publicJwk] });
    for (const [sitePath, body] of signed) expect(body, sitePath).not.toContain(key.privateJwk.d);
  });

  it('are the same bytes for the same content on another build date, while no certification changes state', async () => {
    const later = await modelOf(content, '2026-11-28');
    expect(await files(later.model)).toEqual(signed);
    // Signing is deterministic: the same credential twice gives the same JWS.
    const credential = partnerCredentialSet(model.partners.find((partner) => partner.slug === 'acme-cloud')!, model, site)!.credentials[0]!.credential;
    const sign = signer(key);
    expect(await sign(credential)).toBe(await sign(credential));
  });

  it('refuse to sign a field the schema does not have', async () => {
    const credential = credentialSets(model, site)[0]!.credentials[0]!.credential;
    await expect(signer(key)({ ...credential, balance: 12 } as Credential)).rejects.toThrow(/balance/);
  });
});
