// Every credential file, as lazy renderers by site path (like the badges): each credential secured
// as VC-JOSE (a compact JWS, EdDSA over Ed25519, whose payload is the credential JSON), each
// subject's index, and the JWKS with the public key. Ed25519 signatures are deterministic and the
// header holds no time or random id, so the same content and key give the same bytes every build.
import { CompactSign, importJWK } from 'jose';
import { CREDENTIAL_JWS_TYPE, type Credential, CredentialIndexSchema, CredentialSchema, JwksSchema } from '../../schemas/api/credentials.ts';
import { credentialSets } from '../model/credentials.ts';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import type { SigningKey } from '../settings.ts';

export type CredentialRenderers = Map<string, () => Promise<string>>;

/** The JWS algorithm: EdDSA with an Ed25519 key (RFC 8037), which WebCrypto and every JOSE library verify. */
const ALGORITHM = 'EdDSA';

export function credentialRenderers(model: Model, site: URL | undefined, key: SigningKey): CredentialRenderers {
  const sign = signer(key);
  const out: CredentialRenderers = new Map();
  out.set(routes.credentialKeys, async () => json(JwksSchema.parse({ keys: [key.publicJwk] })));
  for (const set of credentialSets(model, site)) {
    out.set(set.indexPath, async () => json(CredentialIndexSchema.parse(set.index)));
    for (const { sitePath, credential } of set.credentials) out.set(sitePath, () => sign(credential));
  }
  return out;
}

/** Signs credentials with the key; the credential is parsed with its strict schema first, so only its fields are signed. */
export function signer(key: SigningKey): (credential: Credential) => Promise<string> {
  const privateKey = importJWK(key.privateJwk, ALGORITHM);
  return async (credential) =>
    new CompactSign(new TextEncoder().encode(JSON.stringify(CredentialSchema.parse(credential))))
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: CREDENTIAL_JWS_TYPE, cty: 'vc' })
      .sign(await privateKey);
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
