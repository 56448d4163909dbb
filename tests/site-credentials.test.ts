// Signed credentials in built sites: a small program built with a key generated here (under a base
// path, as a GitHub Pages project site is), without one, and with a wrong one. The files are
// checked with @noble/curves, not with jose that signed them; the verify pages are opened in
// Chromium, which must say "verified" for the genuine files and say why for changed ones.
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JwksSchema } from '../schemas/api/credentials.ts';
import { newSigningKey } from '../src/cli/keygen.ts';
import { NO_KEY_NOTICE } from '../src/integrations/credentials.ts';
import { routes } from '../src/routes.ts';
import { readSigningKey } from '../src/settings.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { launchChromium } from './helpers/browser.ts';
import { writeScenario } from './helpers/scenario.ts';
import { page } from './helpers/site.ts';

// The build date is 2026-11-21.
const SCENARIO = {
  program: {
    certifications: [{ id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 }],
    vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
    appCertifications: [{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks'], validityMonths: 12 }],
  },
  partners: {
    // Membership since 2024-03-01, no end; the certification from 2025-01-10 to 2027-01-10.
    'acme-cloud': { name: 'Acme Cloud', tier: 'gold', since: '2024-03-01', certifications: [{ id: 'api-developer', earned: '2025-01-10' }] },
    'beta-labs': { name: 'Beta Labs', since: '2025-06-01' },
    'dusk-co': { name: 'Dusk Co', status: 'inactive', since: '2023-01-01' },
  },
  // Built for Example from 2026-01-10 to 2027-01-10.
  apps: { 'acme-sync': { name: 'Acme Sync', partner: 'acme-cloud', certifications: [{ id: 'built-for-example', earned: '2026-01-10' }] } },
};
const BASE = '/example-partners';
const key = readSigningKey(newSigningKey());

let signed = '';
let signedLog = '';
let unsigned = '';
let unsignedLog = '';
beforeAll(async () => {
  const content = await writeScenario(SCENARIO);
  const withKey = await astroBuild(content, { PARTNERKIT_SIGNING_KEY: JSON.stringify(key.privateJwk), PARTNERKIT_BASE_PATH: `${BASE}/` });
  if (withKey.code !== 0) throw new Error(`the scenario did not build with a key:\n${withKey.stdout.slice(-3000)}\n${withKey.stderr.slice(-3000)}`);
  [signed, signedLog] = [withKey.outDir, withKey.stdout + withKey.stderr];
  const withoutKey = await astroBuild(content, { PARTNERKIT_SIGNING_KEY: '' });
  if (withoutKey.code !== 0) throw new Error(`the scenario did not build without a key:\n${withoutKey.stdout.slice(-3000)}\n${withoutKey.stderr.slice(-3000)}`);
  [unsigned, unsignedLog] = [withoutKey.outDir, withoutKey.stdout + withoutKey.stderr];
}, 300_000);

const read = (sitePath: string, dir = signed) => readFile(path.join(dir, sitePath), 'utf8');
const files = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));

/** A compact JWS checked with @noble/curves' Ed25519 against the JWKS: the payload if the signature holds. */
function nobleVerified(jws: string, jwks: { keys: Array<{ kid: string; x: string }> }): Record<string, unknown> | undefined {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid: string };
  const publicKey = jwks.keys.find((candidate) => candidate.kid === kid);
  if (!publicKey) return undefined;
  const genuine = ed25519.verify(Buffer.from(signature, 'base64url'), Buffer.from(`${header}.${payload}`), Buffer.from(publicKey.x, 'base64url'));
  return genuine ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>) : undefined;
}

describe('a build with PARTNERKIT_SIGNING_KEY', () => {
  it('publishes the public key alone, as a JWKS, and the private key nowhere', async () => {
    const jwks = JSON.parse(await read(routes.credentialKeys));
    expect(JwksSchema.parse(jwks)).toEqual({ keys: [key.publicJwk] });
    expect(Object.keys(jwks.keys[0]).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    for (const file of await files(signed)) {
      const bytes = await readFile(file);
      expect(bytes.includes(key.privateJwk.d), path.relative(signed, file)).toBe(false);
      expect(bytes.includes(Buffer.from(key.privateJwk.d, 'base64url')), path.relative(signed, file)).toBe(false);
    }
  });

  it("signs every current partner's and listed app's credentials, which an independent Ed25519 library verifies", async () => {
    expect(signedLog).toMatch(/signed and wrote 8 credential files \(key [\w-]{43}\)/);
    const jwks = JSON.parse(await read(routes.credentialKeys));
    const index = JSON.parse(await read(routes.credentialIndex('acme-cloud')));
    expect(index.credentials.map((credential: { url: string }) => credential.url)).toEqual([
      `https://partners.example${BASE}/credentials/acme-cloud/membership.jwt`,
      `https://partners.example${BASE}/credentials/acme-cloud/certifications/api-developer.jwt`,
    ]);
    const membership = nobleVerified(await read(routes.membershipCredential('acme-cloud')), jwks);
    expect(membership).toMatchObject({
      issuer: { id: `https://partners.example${BASE}/`, name: 'Example Partners' },
      validFrom: '2024-03-01T00:00:00Z',
      credentialSubject: { achievement: { name: 'Gold partner' } },
    });
    expect(membership).not.toHaveProperty('validUntil');
    expect(nobleVerified(await read(routes.certificationCredential('acme-cloud', 'api-developer')), jwks)).toMatchObject({
      validFrom: '2025-01-10T00:00:00Z',
      validUntil: '2027-01-10T00:00:00Z',
    });
    expect(nobleVerified(await read(routes.membershipCredential('beta-labs')), jwks)).toBeDefined();
    expect(nobleVerified(await read(routes.appCertificationCredential('acme-sync', 'built-for-example')), jwks)).toMatchObject({
      validUntil: '2027-01-10T00:00:00Z',
    });
    // Dusk Co is inactive: nothing to vouch for.
    await expect(read(routes.credentialIndex('dusk-co'))).rejects.toThrow(/ENOENT/);
    // A changed byte fails with the same library.
    const jws = await read(routes.membershipCredential('beta-labs'));
    expect(
      nobleVerified(
        jws.replace(/\.(.)/, (_, first: string) => `.${first === 'e' ? 'f' : 'e'}`),
        jwks,
      ),
    ).toBeUndefined();
  });
});

describe('the verify pages of a build with a key', () => {
  it('link each credential file and are valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'void-style': 'off', 'no-trailing-whitespace': 'off', 'long-title': 'off' },
    });
    for (const sitePath of [routes.verify('acme-cloud'), routes.appVerify('acme-sync'), routes.verify('dusk-co')]) {
      const { html, document } = await page(sitePath, signed);
      const report = await validator.validateString(html, sitePath);
      expect(
        report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)),
        sitePath,
      ).toEqual([]);
      for (const link of document.querySelectorAll('.signed-credentials a')) {
        await expect(read(link.getAttribute('href')!.slice(BASE.length)), link.getAttribute('href')).resolves.toBeTruthy();
      }
    }
    const { document } = await page(routes.verify('dusk-co'), signed);
    expect(document.querySelector('.signed-credentials')!.text.replace(/\s+/g, ' ')).toContain(
      'Dusk Co holds no signed credentials from Example Partners: only current partners and listed apps do.',
    );
  });
});

describe('a build without a key', () => {
  it('succeeds, publishes no credentials, and says so in one line with how to set one', async () => {
    expect(unsignedLog.split(NO_KEY_NOTICE)).toHaveLength(2);
    expect(NO_KEY_NOTICE).toContain('npm run keygen');
    await expect(readdir(path.join(unsigned, 'credentials'))).rejects.toThrow(/ENOENT/);
    const { document, html } = await page(routes.verify('acme-cloud'), unsigned);
    // Nothing to check: no script of the page checks signatures (the expiry check against the visitor's clock stays).
    const scripts = await Promise.all(
      document.querySelectorAll('script[src]').map((script) => readFile(path.join(unsigned, script.getAttribute('src')!), 'utf8')),
    );
    expect(scripts.filter((code) => code.includes('Ed25519'))).toEqual([]);
    expect(html).not.toContain('CredentialChecker');
    expect(document.querySelector('.signed-credentials')!.text.replace(/\s+/g, ' ')).toContain(
      'Example Partners does not publish signed credentials yet: this page and the badges are the proof.',
    );
  });
});

describe('a build with a wrong key', () => {
  it('stops before building, saying what is wrong with the key and how to make one, without a stack trace', async () => {
    const content = await writeScenario({ partners: { 'acme-cloud': { since: '2024-03-01' } } });
    const publicOnly = JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: key.publicJwk.x });
    const build = await astroBuild(content, { PARTNERKIT_SIGNING_KEY: publicOnly });
    const output = build.stdout + build.stderr;
    expect(build.code).not.toBe(0);
    expect(output).toContain('PARTNERKIT_SIGNING_KEY holds only a public key (it has no "d"): the build needs the private key to sign → run `npm run keygen`');
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('the verify pages in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    // A static host serving the site under its base path, as GitHub Pages serves a project site.
    const serve = sirv(signed, { dev: false, etag: false });
    server = createServer((request, response) => {
      const url = request.url ?? '/';
      if (!url.startsWith(`${BASE}/`)) return void response.writeHead(404).end();
      request.url = url.slice(BASE.length);
      serve(request, response, () => void response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens a verify page and waits until every credential is checked: each one's text, and any page errors. */
  async function verdicts(sitePath: string, prepare: (page: Page) => Promise<unknown> = async () => undefined) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await prepare(page);
    await page.goto(`${origin}${BASE}${sitePath}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-credential]')].every((item) => ['ok', 'failed'].includes((item as HTMLElement).dataset.check ?? '')),
    );
    const texts = await page.$$eval('[data-credential]', (items) =>
      items.map((item) => `${(item as HTMLElement).dataset.check} ${item.textContent!.replace(/\s+/g, ' ').trim()}`),
    );
    await context.close();
    return { texts, errors };
  }

  it("says each genuine credential is verified, with the issuer and key, on a partner's and an app's page", async () => {
    const partner = await verdicts(routes.verify('acme-cloud'));
    expect(partner.texts).toEqual([
      `ok Gold partner: Signature verified: issued by Example Partners, key ${key.kid}. Valid from March 1, 2024, with no end date.`,
      `ok Example API Developer: Signature verified: issued by Example Partners, key ${key.kid}. Valid from January 10, 2025 until January 10, 2027.`,
    ]);
    expect(partner.errors).toEqual([]);
    const app = await verdicts(routes.appVerify('acme-sync'));
    expect(app.texts).toEqual([
      `ok Built for Example: Signature verified: issued by Example Partners, key ${key.kid}. Valid from January 10, 2026 until January 10, 2027.`,
    ]);
  });

  it('says a changed credential, one about someone else, or an expired one is not verified', async () => {
    const membership = `${BASE}${routes.membershipCredential('acme-cloud')}`;
    const certification = `${BASE}${routes.certificationCredential('acme-cloud', 'api-developer')}`;
    const genuine = await read(routes.membershipCredential('acme-cloud'));
    const [header, payload, signature] = genuine.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const changed = Buffer.from(
      JSON.stringify({
        ...claims,
        credentialSubject: { ...claims.credentialSubject, achievement: { ...claims.credentialSubject.achievement, name: 'Platinum partner' } },
      }),
    ).toString('base64url');
    const someoneElse = await read(routes.membershipCredential('beta-labs'));
    const { texts } = await verdicts(routes.verify('acme-cloud'), async (page) => {
      await page.route(`**${membership}`, (route) => route.fulfill({ body: `${header}.${changed}.${signature}`, contentType: 'application/vc+jwt' }));
      await page.route(`**${certification}`, (route) => route.fulfill({ body: someoneElse, contentType: 'application/vc+jwt' }));
    });
    expect(texts).toEqual([
      'failed Gold partner: not verified: the signature does not match. The file was changed after it was signed, or the program did not sign it.',
      'failed Example API Developer: not valid here: the signature holds, but the credential is about someone else.',
    ]);
    // On the visitor's clock, after the certification's end.
    const later = await verdicts(routes.verify('acme-cloud'), (page) => page.clock.setFixedTime(new Date('2027-02-01T12:00:00Z')));
    expect(later.texts[1]).toBe('failed Example API Developer: expired on January 10, 2027: the signature is genuine, but the credential no longer holds.');
    expect(later.texts[0]).toMatch(/^ok Gold partner: Signature verified/);
    // A page whose key file is gone verifies nothing.
    const noKeys = await verdicts(routes.verify('acme-cloud'), (page) =>
      page.route(`**${BASE}${routes.credentialKeys}`, (route) => route.fulfill({ status: 404, body: '' })),
    );
    expect(noKeys.texts.every((text) => text.includes('failed') && text.includes("the program's public key could not be loaded"))).toBe(true);
  });

  it('says without JavaScript that nothing was checked', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}${routes.verify('acme-cloud')}`);
    expect(await page.textContent('[data-credential]')).toContain('not checked: checking a signature needs JavaScript');
    await context.close();
  });

  it('has no axe-core violations on the verify page once checked, in light and dark colour schemes', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected inline, which the site's CSP rightly forbids.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(`${origin}${BASE}${routes.verify('acme-cloud')}`);
      await page.waitForSelector('[data-credential][data-check="ok"]');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
        };
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
  });
});
