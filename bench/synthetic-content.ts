// Writes a synthetic program of N partners (realistic field sizes, one logo each, every logo's bytes
// different: SVG by default, or PNG) for benchmarks; with `appsEvery`, an app for every so many
// partners too (one SVG icon each).
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const WORDS =
  'api platform payments messaging analytics integration secure scalable retail logistics health data cloud partner workflow automation insight customer commerce identity'.split(
    ' ',
  );

/** Deterministic pseudo-random numbers, so every run measures the same content. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export async function writeSyntheticContent(
  target: string,
  partners: number,
  demoContent: string,
  logoFormat: 'svg' | 'png' = 'svg',
  options: { appsEvery?: number } = {},
): Promise<void> {
  await mkdir(path.join(target, 'partners'), { recursive: true });
  await mkdir(path.join(target, 'logos'), { recursive: true });
  if (options.appsEvery) {
    await mkdir(path.join(target, 'images', 'apps'), { recursive: true });
    await mkdir(path.join(target, 'apps'), { recursive: true });
  }
  await cp(path.join(demoContent, 'program.yaml'), path.join(target, 'program.yaml'));
  await cp(path.join(demoContent, 'brand'), path.join(target, 'brand'), { recursive: true });
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  // Lists hold each item once (schemas/common.ts list()).
  const pickTwo = <T>(items: readonly T[]) => {
    const first = pick(items);
    return [first, pick(items.filter((item) => item !== first))];
  };
  // A partner's tier is on the demo's track for its type (program.yaml's tracks).
  const technologyTiers = ['registered', 'silver', 'gold', 'strategic'];
  const solutionsTiers = ['registered', 'silver', 'gold', 'platinum'];
  const types = ['technology', 'integration', 'agency', 'consulting', 'reseller'];
  const tiersOf = (type: string) => (type === 'technology' || type === 'integration' ? technologyTiers : solutionsTiers);
  const regions = ['north-america', 'latin-america', 'europe', 'middle-east-africa', 'asia-pacific'];
  const industries = ['fintech', 'retail', 'healthcare', 'logistics', 'media'];
  const categories = ['payments', 'messaging', 'analytics', 'crm'];

  const writes: Array<Promise<void>> = [];
  for (let i = 0; i < partners; i++) {
    const slug = `partner-${String(i).padStart(6, '0')}`;
    const hue = Math.floor(next() * 360);
    if (logoFormat === 'png') writes.push(pngLogo(i).then((png) => writeFile(path.join(target, 'logos', `${slug}.png`), png)));
    else
      writes.push(
        writeFile(
          path.join(target, 'logos', `${slug}.svg`),
          `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><title>Partner ${i}</title><rect width="64" height="64" rx="12" fill="hsl(${hue} 60% 40%)"/><path d="M16 44 32 16l16 28z" fill="#fff"/><text x="32" y="58" font-size="8" text-anchor="middle" fill="#fff">P${i}</text></svg>\n`,
        ),
      );
    const type = pick(types);
    writes.push(
      writeFile(
        path.join(target, 'partners', `${slug}.yaml`),
        `# yaml-language-server: $schema=../../schemas/json/partner.schema.json
name: "Partner ${i} ${sentence(2)}"
tier: ${pick(tiersOf(type))}
types: [${type}]
website: https://${slug}.example
summary: "${sentence(18)}"
description: |
  ${sentence(60)}
logo: logos/${slug}.${logoFormat}
regions: [${pickTwo(regions).join(', ')}]
industries: [${pick(industries)}]
services:
  - ${sentence(3)}
  - ${sentence(2)}
integrations:
  - name: "${sentence(2)}"
    category: ${pick(categories)}
    url: https://${slug}.example/integration
contacts:
  - name: Contact ${i}
    email: partners@${slug}.example
    visibility: public
certifications:
  - id: api-developer
    earned: 2026-0${1 + (i % 9)}-01
since: 2024-01-01
reviewed: 2026-06-01
`,
      ),
    );
    if (options.appsEvery && i % options.appsEvery === 0) writes.push(...syntheticApp(target, slug, i, sentence(14), pick(categories)));
    if (writes.length >= 512) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

/** An app of partner `slug` (listed while the partner is active), with its icon. */
function syntheticApp(target: string, slug: string, i: number, summary: string, category: string): Array<Promise<void>> {
  const app = `app-${slug}`;
  return [
    writeFile(
      path.join(target, 'images', 'apps', `${app}.svg`),
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><title>App ${i}</title><rect width="64" height="64" rx="14" fill="hsl(${(i * 37) % 360} 55% 35%)"/><circle cx="32" cy="32" r="${8 + (i % 16)}" fill="#fff"/></svg>\n`,
    ),
    writeFile(
      path.join(target, 'apps', `${app}.yaml`),
      `# yaml-language-server: $schema=../../schemas/json/app.schema.json
name: "App ${i}"
partner: ${slug}
kind: app
categories: [${category}]
summary: "${summary}"
usesApis:
  - "Payments API: reads payments"
pricing:
  model: free
install: https://${slug}.example/apps/install
regions: [europe]
languages: [en]
icon: images/apps/${app}.svg
certifications:
  - { id: built-for-quillstack, earned: 2026-0${1 + (i % 9)}-01 }
listedSince: 2025-09-01
reviewed: 2026-10-15
`,
    ),
  ];
}

/** A 96×96 PNG logo of its own colour, with a lighter square whose place depends on `i` too. */
function pngLogo(i: number): Promise<Buffer> {
  const background = { r: i & 255, g: (i >> 8) & 255, b: 160 };
  const mark = { input: { create: { width: 32, height: 32, channels: 3 as const, background: '#ffffff' } }, left: 8 + (i % 56), top: 8 + ((i >> 3) % 56) };
  return sharp({ create: { width: 96, height: 96, channels: 3, background } })
    .composite([mark])
    .png()
    .toBuffer();
}
