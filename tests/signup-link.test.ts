// The sign-up link every "Apply" button, the guide and /api/v1/program.json show: as program.yaml
// writes it, unless it names a page of the program's own site that the build does not make, where
// visitors would land on the not-found page; then the site's join page takes its place, and
// validation warns at the link so the maintainer can say what was meant.
import { describe, expect, it } from 'vitest';
import { load, positionOf, readContentFile } from './helpers/content-fixture.ts';
import { modelOf, writeScenario } from './helpers/scenario.ts';

// SCENARIO_PROGRAM's site is https://partners.example, with tiers silver and gold, and no news.
async function signupOf(url: string) {
  const root = await writeScenario({ program: { onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url } } } });
  const { content, problems } = await load(root);
  const { model } = await modelOf(content!);
  return { root, problems, url: model.program.onboarding?.signup.url, guide: JSON.stringify(model.guide) };
}

describe('the sign-up link', () => {
  it('becomes the join page when it names a page the site does not build, with a warning at the link', async () => {
    const missing = await signupOf('https://partners.example/apply');
    expect(missing.url).toBe('https://partners.example/join/');
    // The guide shows the same link: it never mentions the missing page.
    expect(missing.guide).not.toContain('https://partners.example/apply');
    const text = await readContentFile(missing.root, 'program.yaml');
    expect(missing.problems.map((p) => ({ severity: p.severity, code: p.code, path: p.path, line: p.line, column: p.column }))).toEqual([
      { severity: 'warning', code: 'signup-page-missing', path: 'onboarding.signup.url', ...positionOf(text, 'https://partners.example/apply') },
    ]);
    expect(missing.problems[0]!.message).toBe(
      'https://partners.example/apply is on this site, but the site has no page /apply/: the "Apply" buttons link to the join page, https://partners.example/join/, instead',
    );
    expect(missing.problems[0]!.fix).toContain('link to your application form');
    expect((await signupOf('https://partners.example/news/how-to-apply/')).url).toBe('https://partners.example/join/');
  });

  it('is kept, without a warning, when it names a page the site builds, with or without the final slash', async () => {
    for (const url of ['https://partners.example/tiers/gold', 'https://partners.example/join/', 'https://partners.example/']) {
      const kept = await signupOf(url);
      expect(kept.url, url).toBe(url);
      expect(kept.problems, url).toEqual([]);
    }
  });

  it('is kept when it is on another site, which the build cannot know', async () => {
    for (const url of ['https://forms.example/partner-application', 'https://partners.example.org/apply', 'http://partners.example/apply']) {
      const kept = await signupOf(url);
      expect(kept.url, url).toBe(url);
      expect(kept.problems, url).toEqual([]);
    }
  });
});
