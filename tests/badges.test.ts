// What badges say, and how they are drawn and embedded.
import { describe, expect, it } from 'vitest';
import { certificationBadge, standingOf, tierBadge } from '../src/model/badges.ts';
import { themeColors } from '../src/model/build-model.ts';
import { badgeSvg, shieldsEndpoint } from '../src/render/badge-svg.ts';
import { embedSnippets, svgSize } from '../src/site/embed-snippets.ts';

const tier = { id: 'gold', name: 'Gold' };
const colors = themeColors({ primary: '#3346d3', accent: '#0f7a5f', background: '#ffffff', text: '#1b1f2a' });

describe('tier badge', () => {
  it.each([
    ['active', 'active', 'Gold partner'],
    ['inactive', 'expired', 'partnership inactive'],
    ['alumni', 'revoked', 'former partner'],
  ] as const)('a partner whose status is %s gets a %s badge reading "%s"', (status, badgeStatus, message) => {
    const face = tierBadge({ name: 'Acme', status, tier }, 'Example Partners');
    expect(face).toMatchObject({ status: badgeStatus, label: 'Example Partners', message });
    if (status !== 'active') expect(`${face.message} ${face.description}`).not.toContain('Gold');
  });
});

describe('standing', () => {
  it.each([
    ['active', 'current'],
    ['alumni', 'former'],
    ['inactive', 'inactive'],
  ] as const)('a partner whose status is %s stands as %s', (status, standing) => {
    expect(standingOf(status)).toBe(standing);
  });
});

describe('certification badge', () => {
  const cert = (status: 'valid' | 'expiring' | 'expired') => ({ name: 'API Developer', status, expires: '2027-01-10' });
  it.each([
    ['active', 'valid', 'active', 'valid until 2027-01-10'],
    ['active', 'expiring', 'expiring', 'expires 2027-01-10'],
    ['active', 'expired', 'expired', 'expired 2027-01-10'],
    ['alumni', 'valid', 'revoked', 'revoked'],
    ['inactive', 'expiring', 'revoked', 'revoked'],
  ] as const)('a %s partner with a %s certification gets a %s badge reading "%s"', (partnerStatus, certStatus, badgeStatus, message) => {
    expect(certificationBadge({ name: 'Acme', status: partnerStatus }, cert(certStatus))).toMatchObject({
      status: badgeStatus,
      label: 'API Developer',
      message,
    });
  });
});

describe('drawing', () => {
  const face = tierBadge({ name: 'Acme & Co <script>', status: 'active', tier }, 'Example Partners');

  it('is an accessible image whose title says what it proves, with partner text escaped', () => {
    const svg = badgeSvg(face, { theme: 'light', colors, markDataUri: undefined, partnerName: 'Acme & Co <script>' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title>Acme &amp; Co &lt;script&gt; is a Gold partner of Example Partners</title>');
    expect(svg).not.toContain('<script');
  });

  it('gives shields.io what it needs to draw the same badge', () => {
    expect(shieldsEndpoint(face, colors)).toEqual({
      schemaVersion: 1,
      label: 'Example Partners',
      message: 'Gold partner',
      color: '3346d3',
      labelColor: '2b2f36',
      isError: false,
      cacheSeconds: 3600,
    });
    const lapsed = tierBadge({ name: 'Acme', status: 'alumni', tier }, 'Example Partners');
    expect(shieldsEndpoint(lapsed, colors)).toMatchObject({ message: 'former partner', isError: true });
  });
});

describe('embed snippets', () => {
  const target = {
    badgeUrl: 'https://p.example/badges/acme.svg',
    verifyUrl: 'https://p.example/verify/acme/',
    alt: 'Example "Partners" badge for Acme [EU]',
    width: 200,
    height: 20,
  };

  it('link the badge to its verify page in four markup languages', () => {
    expect(embedSnippets(target)).toMatchInlineSnapshot(`
      {
        "asciidoc": "image:https://p.example/badges/acme.svg["Example \\"Partners\\" badge for Acme [EU\\]",link="https://p.example/verify/acme/"]",
        "html": "<a href="https://p.example/verify/acme/"><img src="https://p.example/badges/acme.svg" alt="Example &quot;Partners&quot; badge for Acme [EU]" width="200" height="20"></a>",
        "markdown": "[![Example "Partners" badge for Acme \\[EU\\]](https://p.example/badges/acme.svg)](https://p.example/verify/acme/)",
        "restructuredtext": ".. image:: https://p.example/badges/acme.svg
         :alt: Example "Partners" badge for Acme [EU]
         :target: https://p.example/verify/acme/",
      }
    `);
  });

  it('read the size off the badge', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="236" height="20" role="img">')).toEqual({ width: 236, height: 20 });
  });
});
