// The sign-up link every "Apply" button, the guide and /api/v1/program.json show: as program.yaml
// writes it, unless it names a page of the program's own site that the build does not make, where
// visitors would land on the not-found page; then the site's join page takes its place.
import { describe, expect, it } from 'vitest';
import { scenarioModel } from './helpers/scenario.ts';

// SCENARIO_PROGRAM's site is https://partners.example, with tiers silver and gold.
const signupOf = async (url: string) => {
  const { model } = await scenarioModel({ program: { onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url } } } });
  return { program: model.program.onboarding?.signup.url, guide: JSON.stringify(model.guide).includes(`"url":"${url}"`) };
};

describe('the sign-up link', () => {
  it('becomes the join page when it names a page the site does not build', async () => {
    expect((await signupOf('https://partners.example/apply')).program).toBe('https://partners.example/join/');
    expect((await signupOf('https://partners.example/partners/apply-here/?ref=home')).program).toBe('https://partners.example/join/');
    // The guide shows the same link: it never mentions the missing page.
    expect((await signupOf('https://partners.example/apply')).guide).toBe(false);
  });

  it('is kept when it names a page the site builds, with or without the final slash', async () => {
    expect((await signupOf('https://partners.example/tiers/gold')).program).toBe('https://partners.example/tiers/gold');
    expect((await signupOf('https://partners.example/join/')).program).toBe('https://partners.example/join/');
  });

  it('is kept when it is on another site, which the build cannot know', async () => {
    expect((await signupOf('https://forms.example/partner-application')).program).toBe('https://forms.example/partner-application');
    expect((await signupOf('https://partners.example.org/apply')).program).toBe('https://partners.example.org/apply');
  });
});
