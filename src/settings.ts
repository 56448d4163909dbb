// The settings besides content that shape a build, from the environment: where the content is, what day it is, who the site is for, and the key credentials are signed with.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import path from 'node:path';
import { isCalendarDate } from './shared/dates.ts';

/** The content folder: `--content DIR`, else PARTNERKIT_CONTENT, else ./content. */
export function contentDirectory(cliValue?: string): string {
  return path.resolve(cliValue ?? process.env.PARTNERKIT_CONTENT ?? 'content');
}

/** A setting with a value it cannot have: the user's mistake, so the message is all there is to print. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
    // Astro prints the stack of an error thrown while loading the config; a stack would hide the fix.
    this.stack = `${this.name}: ${message}`;
  }
}

/** The build date (YYYY-MM-DD): PARTNERKIT_NOW when set, so builds and tests are reproducible; else today (UTC). */
export function buildDate(): string {
  const fixed = process.env.PARTNERKIT_NOW;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(fixed)) {
    throw new SettingsError(`PARTNERKIT_NOW="${fixed}" is not a date → set it as YYYY-MM-DD, e.g. PARTNERKIT_NOW=2025-06-30, or unset it to use today`);
  }
  return fixed;
}

/** Who a build is for: anyone (the public site), or the program's own team (the internal site). */
export type Audience = 'public' | 'internal';

/**
 * The audience of the build: PARTNERKIT_AUDIENCE=internal (what `npm run build:internal` sets), else
 * public. The public site never holds balances, rankings, at-risk or stale lists, or scorecards.
 */
export function buildAudience(): Audience {
  const value = process.env.PARTNERKIT_AUDIENCE;
  if (value === undefined || value === '' || value === 'public') return 'public';
  if (value === 'internal') return 'internal';
  throw new SettingsError(
    `PARTNERKIT_AUDIENCE="${value}" is not an audience → set it to public (the site anyone may see, into dist/) or internal (the site for the program's team, into dist-internal/), or unset it for public`,
  );
}

/** The folder a build writes its site to, by audience: the internal site never overwrites the public one. */
export function siteDirectory(audience: Audience): string {
  return audience === 'internal' ? 'dist-internal' : 'dist';
}

/** The key credentials are signed with: an Ed25519 private JWK, its public half and the public half's thumbprint. */
export interface SigningKey {
  /** The private JWK (`d` included): only ever handed to the signer, never written. */
  privateJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; d: string };
  /** What the JWKS publishes: the public half only, with its kid. */
  publicJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' };
  /** The key's id: its RFC 7638 thumbprint (SHA-256, base64url). */
  kid: string;
}

const SIGNING_KEY_FIX =
  'run `npm run keygen` and set PARTNERKIT_SIGNING_KEY to the private key it prints (one line of JSON), or unset it to publish no credentials';

/**
 * PARTNERKIT_SIGNING_KEY: the private Ed25519 JWK (JSON) that signs the partners' credentials, from a
 * repository secret in the publish workflow. Unset: no credentials are published. Messages never
 * quote the value: it is a secret.
 */
export function signingKey(): SigningKey | undefined {
  const text = process.env.PARTNERKIT_SIGNING_KEY;
  if (text === undefined || text.trim() === '') return undefined;
  return readSigningKey(text);
}

/** A private Ed25519 JWK, as JSON text, checked: what PARTNERKIT_SIGNING_KEY must hold. */
export function readSigningKey(text: string): SigningKey {
  const refuse = (what: string) => new SettingsError(`PARTNERKIT_SIGNING_KEY ${what} → ${SIGNING_KEY_FIX}`);
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw refuse('is not JSON (a private key is one line of JSON starting with {"kty":"OKP")');
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    throw refuse('is not a JSON object (a private key is one line of JSON starting with {"kty":"OKP")');
  const { kty, crv, d, x } = jwk as Record<string, unknown>;
  if (kty !== 'OKP' || crv !== 'Ed25519') {
    throw refuse(
      `is not an Ed25519 key (its kty is ${JSON.stringify(kty ?? null)}, its crv ${JSON.stringify(crv ?? null)}; credentials are signed with Ed25519)`,
    );
  }
  if (d === undefined) throw refuse('holds only a public key (it has no "d"): the build needs the private key to sign');
  if (!isKeyBytes(d)) throw refuse('has a "d" that is not 32 bytes of base64url: the key is damaged');
  const publicX = createPublicKey(createPrivateKey({ key: { kty, crv, d, x: typeof x === 'string' ? x : '' }, format: 'jwk' })).export({ format: 'jwk' }).x!;
  if (x !== undefined && x !== publicX) throw refuse('has an "x" that is not the public half of its "d": the key is damaged');
  const kid = jwkThumbprint(publicX);
  return {
    privateJwk: { kty, crv, x: publicX, d },
    publicJwk: { kty, crv, x: publicX, kid, alg: 'EdDSA', use: 'sig' },
    kid,
  };
}

/** 32 bytes in unpadded base64url: an Ed25519 key's `d` or `x`. */
function isKeyBytes(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value) && Buffer.from(value, 'base64url').length === 32;
}

/** RFC 7638: SHA-256 of the required members in lexicographic order, no spaces. */
export function jwkThumbprint(x: string): string {
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
}

/** Items per page of the API's paged lists: 1000, or PARTNERKIT_API_PAGE_SIZE (tests use small pages). */
export function apiPageSize(): number {
  const value = process.env.PARTNERKIT_API_PAGE_SIZE;
  if (value === undefined || value === '') return 1000;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new SettingsError(
      `PARTNERKIT_API_PAGE_SIZE="${value}" is not a number of items → set it to a whole number of at least 1, e.g. 1000, or unset it for 1000`,
    );
  }
  return size;
}
