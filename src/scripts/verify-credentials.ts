// Checks the signed credentials a verify page lists (src/components/SignedCredentials.astro) in the
// visitor's browser, with WebCrypto's Ed25519: each file's JWS signature against the key in the
// program's JWKS, then that the credential was issued by this program, is about the subject of the
// page, and holds today by the visitor's clock. It says "verified" only when all of that holds;
// anything else, the browser being unable to check included, is said as it is.

interface PublicKeySet {
  keys: Array<{ kty: string; crv: string; x: string; kid: string }>;
}

interface Claims {
  issuer?: { id?: unknown; name?: unknown };
  validFrom?: unknown;
  validUntil?: unknown;
  credentialSubject?: { id?: unknown };
}

/** ok: every check passed; failed: one did not (or could not be made); checking: not done yet. */
type Verdict = { state: 'ok' | 'failed' | 'checking'; text: string };

const list = document.querySelector<HTMLElement>('[data-credentials]');
if (list) void checkAll(list);

async function checkAll(list: HTMLElement) {
  const items = [...list.querySelectorAll<HTMLElement>('[data-credential]')];
  for (const item of items) show(item, { state: 'checking', text: 'checking the signature…' });
  const keys = await load(list.dataset.jwks!)
    .then((response) => response.json() as Promise<PublicKeySet>)
    .catch(() => undefined);
  for (const item of items) {
    const verdict: Verdict = keys?.keys
      ? await check(item.dataset.credential!, keys, list.dataset)
      : { state: 'failed', text: "not verified: the program's public key could not be loaded." };
    show(item, verdict);
  }
}

async function check(url: string, keys: PublicKeySet, expected: DOMStringMap): Promise<Verdict> {
  const fail = (text: string): Verdict => ({ state: 'failed', text });
  let jws: string;
  try {
    jws = (await (await load(url)).text()).trim();
  } catch (error) {
    return fail(`not verified: the credential file could not be loaded (${(error as Error).message}).`);
  }
  const parts = jws.split('.');
  if (parts.length !== 3) return fail('not verified: the file is not a signed credential (a compact JWS).');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = parseJson(headerPart) as { alg?: unknown; kid?: unknown; typ?: unknown } | undefined;
  if (header?.typ !== 'vc+jwt') return fail('not verified: the file is not a signed credential (its type is not vc+jwt).');
  const key = keys.keys.find((candidate) => candidate.kid === header.kid);
  if (header.alg !== 'EdDSA' || !key) return fail("not verified: it was not signed with the program's published key.");
  const signature = decode(signaturePart);
  if (!signature) return fail('not verified: the file is not a signed credential (its signature is not base64url).');
  let genuine: boolean;
  try {
    const publicKey = await crypto.subtle.importKey('jwk', { kty: key.kty, crv: key.crv, x: key.x }, { name: 'Ed25519' }, false, ['verify']);
    genuine = await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, new TextEncoder().encode(`${headerPart}.${payloadPart}`));
  } catch {
    return fail('not checked: this browser cannot check Ed25519 signatures. A current browser can, or any VC-JOSE tool with the public key.');
  }
  if (!genuine) return fail('not verified: the signature does not match. The file was changed after it was signed, or the program did not sign it.');
  const claims = parseJson(payloadPart) as Claims | undefined;
  if (!claims) return fail('not verified: the signed content is not a credential.');
  const { issuer } = claims;
  if (!issuer || issuer.id !== expected.issuer) return fail('not valid here: the signature holds, but the credential was issued for another site.');
  if (claims.credentialSubject?.id !== expected.subject) return fail('not valid here: the signature holds, but the credential is about someone else.');
  const from = typeof claims.validFrom === 'string' ? claims.validFrom : '';
  const until = typeof claims.validUntil === 'string' ? claims.validUntil : undefined;
  const now = Date.now();
  if (!(Date.parse(from) <= now)) return fail(`not valid yet: it holds from ${day(from)}.`);
  if (until !== undefined && !(now < Date.parse(until))) return fail(`expired on ${day(until)}: the signature is genuine, but the credential no longer holds.`);
  return {
    state: 'ok',
    text: `Signature verified: issued by ${String(issuer.name)}, key ${key.kid}. Valid from ${day(from)}${until ? ` until ${day(until)}` : ', with no end date'}.`,
  };
}

/** Same-origin fetch that fails on an HTTP error too. */
async function load(url: string): Promise<Response> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

function show(item: HTMLElement, verdict: Verdict) {
  const status = item.querySelector<HTMLElement>('.credential-check')!;
  status.textContent = verdict.text;
  status.className = `credential-check${verdict.state === 'checking' ? '' : verdict.state === 'ok' ? ' status-valid' : ' status-expired'}`;
  item.dataset.check = verdict.state;
}

/** The bytes of a base64url part of a JWS; undefined when it is not base64url. */
function decode(part: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) return undefined;
  try {
    return Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function parseJson(part: string): unknown {
  const bytes = decode(part);
  try {
    return bytes && JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** A credential's date as the page's reader writes it ("March 1, 2024"), in UTC like every date of the site: pages show no ISO dates. */
function day(dateTime: string): string {
  const date = new Date(`${dateTime.slice(0, 10)}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(document.documentElement.lang || 'en', options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
