// The home page of a small program built into a site: its key figures, worked out by hand from the
// data written here, its logo wall and featured cards, and the onboarding step whose title links to
// where the step happens (no "Learn more").
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { writeScenario } from './helpers/scenario.ts';
import { page } from './helpers/site.ts';

// Active: acme (GB; europe, americas; featured), bolt (GB; europe), cog (DE), dune (asia), fern (US).
// echo is inactive: not counted. → 5 partners, 2 listed apps (echo's is not listed), 3 countries
// (GB, DE, US), 3 regions (europe, americas, asia).
const SCENARIO = {
  program: {
    vocabularies: {
      regions: [
        { id: 'europe', name: 'Europe' },
        { id: 'americas', name: 'Americas' },
        { id: 'asia', name: 'Asia' },
      ],
      integrationCategories: [{ id: 'crm', name: 'CRM' }],
    },
    onboarding: {
      overview: 'Apply, build, get listed.',
      steps: [
        { title: 'Apply', description: 'Open an application.' },
        { title: 'Build in the sandbox', description: 'One working integration.', url: 'https://sandbox.example/start' },
      ],
      signup: { label: 'Apply now', url: 'https://forms.example/apply' },
    },
  },
  partners: {
    acme: { tier: 'gold', headquarters: 'GB', regions: ['europe', 'americas'], featured: true },
    bolt: { tier: 'silver', headquarters: 'GB', regions: ['europe'] },
    cog: { tier: 'gold', headquarters: 'DE' },
    dune: { tier: 'silver', regions: ['asia'] },
    fern: { tier: 'silver', headquarters: 'US' },
    echo: { status: 'inactive', tier: 'gold', headquarters: 'FR' },
  },
  apps: {
    'acme-sync': { partner: 'acme' },
    'bolt-link': { partner: 'bolt' },
    'echo-app': { partner: 'echo' },
  },
};

let site = '';
beforeAll(async () => {
  const build = await astroBuild(await writeScenario(SCENARIO));
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
}, 300_000);

const text = (element: { text: string } | null) => element?.text.replace(/\s+/g, ' ').trim();

describe('the home page of a small program', () => {
  it('shows its key figures', async () => {
    const { document } = await page('/', site);
    expect(document.querySelectorAll('.key-figures li').map((li) => [li.getAttribute('data-figure'), text(li)])).toEqual([
      ['partners', '5 partners'],
      ['apps', '2 apps and integrations'],
      ['countries', '3 countries'],
      ['regions', '3 regions served'],
    ]);
  });

  it('shows the featured partner as a card and the others on the logo wall, gold first, in whole rows', async () => {
    const { document } = await page('/', site);
    expect(document.querySelectorAll('section[aria-labelledby="featured"] .card-title').map(text)).toEqual(['Acme']);
    // Not featured: cog (gold), then bolt, dune, fern (silver) by name; three make one whole row.
    expect(document.querySelectorAll('.logo-wall li').map(text)).toEqual(['Cog', 'Bolt', 'Dune']);
    // Each logo on a plate shaped by its aspect ratio: the scenario's logos are 2:1.
    expect(document.querySelectorAll('.logo-wall .logo-plate').map((plate) => plate.getAttribute('class'))).toEqual(
      Array(3).fill('logo-plate size-m shape-wide'),
    );
  });

  it('links a step by its title, never "Learn more"', async () => {
    const { document, html } = await page('/', site);
    const step = document.querySelectorAll('.steps li')[1]!;
    expect(text(step.querySelector('h3 a'))).toBe('Build in the sandbox');
    expect(step.querySelector('h3 a')!.getAttribute('href')).toBe('https://sandbox.example/start');
    expect(html).not.toMatch(/Learn more/i);
  });
});
