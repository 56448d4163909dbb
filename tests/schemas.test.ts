// Accepted and rejected values for each schema, with the exact messages a contributor sees.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ActivityFileSchema } from '../schemas/activity.ts';
import { BrandFileSchema } from '../schemas/brand.ts';
import { CaseStudySchema } from '../schemas/case-study.ts';
import { NewsSchema } from '../schemas/news.ts';
import { PartnerSchema } from '../schemas/partner.ts';
import { ProgramSchema } from '../schemas/program.ts';
import { formatPath } from '../src/loader/field-path.ts';
import { messagesForIssue } from '../src/loader/zod-messages.ts';

/** What validate would print for `data` (path: message → fix), without positions. */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    messagesForIssue(issue, data, schema).map((m) => `${formatPath(m.key === undefined ? m.path : [...m.path, m.key], data)}: ${m.message} → ${m.fix}`),
  );
}

const partner = {
  name: 'Acme Widgets',
  tier: 'gold',
  types: ['technology'],
  website: 'https://acme.example',
  summary: 'Widgets for every API.',
  logo: 'logos/acme.svg',
};

const program = {
  name: 'Example Partners',
  tagline: 'Build with Example.',
  purpose: 'Why the program exists.',
  site: { url: 'https://partners.example.com' },
  partnerTypes: [{ id: 'technology', name: 'Technology' }],
  tiers: [{ id: 'gold', name: 'Gold', description: 'The gold tier.' }],
};

describe('partner schema', () => {
  it.each([
    ['the minimum', partner],
    [
      'every optional field',
      {
        ...partner,
        description: 'Longer text.',
        regions: ['europe'],
        industries: ['retail'],
        services: ['Consulting'],
        integrations: [{ name: 'Acme for CRM', category: 'crm', url: 'https://acme.example/crm' }],
        contacts: [{ name: 'Bo', email: 'bo@acme.example', visibility: 'private' }],
        certifications: [{ id: 'api-developer', earned: '2025-01-01', expires: '2027-01-01' }],
        links: [{ label: 'Docs', url: 'http://docs.acme.example' }],
        status: 'alumni',
        since: '2020-02-29',
        reviewed: '2026-01-01',
        featured: true,
      },
    ],
  ])('accepts %s', (_name, data) => {
    expect(messages(PartnerSchema, data)).toEqual([]);
  });

  it('fills defaults: active, not featured, empty lists', () => {
    const parsed = PartnerSchema.parse(partner);
    expect(parsed).toMatchObject({ status: 'active', featured: false, regions: [], contacts: [], certifications: [] });
  });

  it('rejects each mistake with a message and a fix', () => {
    expect(messages(PartnerSchema, { ...partner, website: 'javascript:alert(1)' })).toMatchInlineSnapshot(`
      [
        "website: "javascript:alert(1)" is not a web link: only http and https links are allowed → use a link that starts with https://",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, website: 'data:text/html,hi' })).toMatchInlineSnapshot(`
      [
        "website: "data:text/html,hi" is not a web link: only http and https links are allowed → use a link that starts with https://",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, website: 'acme.example' })).toMatchInlineSnapshot(`
      [
        "website: "acme.example" is not a full web link → write the whole link, starting with https://, e.g. https://example.com/page",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, tier: 'Gold Tier' })).toMatchInlineSnapshot(`
      [
        "tier: "Gold Tier" is not a valid id → ids use lowercase letters, digits and single hyphens, e.g. "gold-tier"",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, types: [] })).toMatchInlineSnapshot(`
      [
        "types: "types" needs at least 1 item → add 1 more, each on its own line starting with "- "",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, summary: 'x'.repeat(300) })).toMatchInlineSnapshot(`
      [
        "summary: "summary" is 300 characters long; the limit is 280 → shorten it by 20 characters",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, status: 'actve' })).toMatchInlineSnapshot(`
      [
        "status: "actve" is not one of active, inactive, alumni → did you mean "active"?",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, since: '2025-02-30' })).toMatchInlineSnapshot(`
      [
        "since: "2025-02-30" is not a day of the calendar → check the month (01–12) and the day of the month",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, logo: '../../etc/passwd.svg' })).toMatchInlineSnapshot(`
      [
        "logo: "../../etc/passwd.svg" is not a file path inside the content folder → write it relative to the content folder, without ".." or a leading "/", e.g. logos/acme.svg",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, logo: 'logos/acme.gif' })).toMatchInlineSnapshot(`
      [
        "logo: "logos/acme.gif" is not a supported kind of file → use a file ending in .svg, .png, .jpg, .jpeg, .webp",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, featured: 'yes' })).toMatchInlineSnapshot(`
      [
        "featured: "featured" should be true or false, not the text "yes" → write true or false, without quotes",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, contacts: [{ name: 'Bo', email: 'bo@acme.example' }] })).toMatchInlineSnapshot(`
      [
        "contacts[0].visibility: "visibility" is missing → add "visibility:" with one of: public, private",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, certifications: [{ id: 'x', earned: '2025-01-01', expires: '2024-01-01' }] })).toMatchInlineSnapshot(`
      [
        "certifications[x].expires: the expiry date "2024-01-01" is not after the date it was earned → check both dates: "expires" must come after "earned"",
      ]
    `);
  });

  it('refuses a slug or id field: the file name is the id', () => {
    expect(messages(PartnerSchema, { ...partner, slug: 'someone-else' })).toMatchInlineSnapshot(`
      [
        "slug: "slug" cannot be set here: the file name is the id → remove "slug"; to change the id, rename the file",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, id: 'someone-else' })).toMatchInlineSnapshot(`
      [
        "id: "id" cannot be set here: the file name is the id → remove "id"; to change the id, rename the file",
      ]
    `);
  });

  it('suggests the closest field for a misspelt key, and lists the fields otherwise', () => {
    expect(messages(PartnerSchema, { ...partner, sumary: 'x' })).toMatchInlineSnapshot(`
      [
        "sumary: unknown field "sumary" → did you mean "summary"?",
      ]
    `);
    expect(messages(PartnerSchema, { ...partner, colour: 'red' })).toMatchInlineSnapshot(`
      [
        "colour: unknown field "colour" → remove it; the fields allowed here are name, tier, types, website, headquarters, languages, founded, summary and 15 more",
      ]
    `);
  });

  it('reports a missing field', () => {
    const { website: _website, ...withoutWebsite } = partner;
    expect(messages(PartnerSchema, withoutWebsite)).toMatchInlineSnapshot(`
      [
        "website: "website" is missing → add "website:" with text",
      ]
    `);
  });
});

describe('program schema', () => {
  it('accepts the minimum and fills defaults', () => {
    const parsed = ProgramSchema.parse(program);
    expect(parsed.activityTypes.map((type) => type.id)).toEqual([
      'partner-page-listing',
      'testimonial',
      'blog-post',
      'white-paper',
      'press-release',
      'integration',
      'workshop',
      'referral',
    ]);
    expect(parsed.reciprocity.latelyDays).toBe(90);
    expect(parsed.site.colors.primary).toBe('#3346d3');
  });

  it('names list items by id in paths', () => {
    const data = { ...program, tiers: [{ id: 'gold', name: 'Gold', description: 'x', fee: { amount: -1, currency: 'usd', period: 'weekly' } }] };
    expect(messages(ProgramSchema, data)).toMatchInlineSnapshot(`
      [
        "tiers[gold].fee.amount: -1 is too small for "amount" → use 0 or more",
        "tiers[gold].fee.currency: "usd" is not a currency code → use a three-letter ISO code such as USD or EUR",
        "tiers[gold].fee.period: "weekly" is not one of one-time, month, year → use one of: one-time, month, year",
      ]
    `);
  });

  it('rejects bad colours and unknown building blocks', () => {
    expect(messages(ProgramSchema, { ...program, site: { url: 'https://p.example', colors: { primary: 'blue' } } })).toMatchInlineSnapshot(`
      [
        "site.colors.primary: "blue" is not a colour → write it as #rrggbb, e.g. "#3355ff" (in quotes, since # starts a comment)",
      ]
    `);
    expect(messages(ProgramSchema, { ...program, access: { sandbox: { title: 'Sandbox', summary: 'Try it.' }, sandbx: {} } })).toMatchInlineSnapshot(`
      [
        "access.sandbx: unknown field "sandbx" → did you mean "sandbox"?",
      ]
    `);
  });
});

describe('case study, news, activity and brand schemas', () => {
  it('accepts valid front matter and files', () => {
    expect(messages(CaseStudySchema, { title: 'T', summary: 'S', partners: ['acme'], published: '2026-01-01' })).toEqual([]);
    expect(messages(NewsSchema, { title: 'T', summary: 'S', published: '2026-01-01' })).toEqual([]);
    expect(messages(ActivityFileSchema, { entries: [{ date: '2026-01-01', type: 'blog-post', by: 'partner', title: 'Post' }] })).toEqual([]);
    expect(messages(BrandFileSchema, { assets: [{ id: 'mark', title: 'Mark', file: 'brand/mark.svg', kind: 'logo' }] })).toEqual([]);
  });

  it('rejects bad values', () => {
    expect(messages(CaseStudySchema, { title: 'T', summary: 'S', partners: [], published: '1 May 2026' })).toMatchInlineSnapshot(`
      [
        "partners: "partners" needs at least 1 item → add 1 more, each on its own line starting with "- "",
        "published: "1 May 2026" is not a date → write dates as YYYY-MM-DD, e.g. 2025-03-31",
      ]
    `);
    expect(
      messages(ActivityFileSchema, { entries: [{ date: '2026-01-01', type: 'blog-post', by: 'us', title: 'Post', url: 'ftp://x.example/a' }] }),
    ).toMatchInlineSnapshot(`
      [
        "entries[0].by: "us" is not one of platform, partner → use one of: platform, partner",
        "entries[0].url: "ftp://x.example/a" is not a web link: only http and https links are allowed → use a link that starts with https://",
      ]
    `);
    expect(messages(BrandFileSchema, { assets: [{ id: 'mark', title: 'Mark', file: '/etc/mark.svg', kind: 'banner' }] })).toMatchInlineSnapshot(`
      [
        "assets[mark].file: "/etc/mark.svg" is not a file path inside the content folder → write it relative to the content folder, without ".." or a leading "/", e.g. logos/acme.svg",
        "assets[mark].kind: "banner" is not one of logo, wordmark, icon, badge, photo, document → use one of: logo, wordmark, icon, badge, photo, document",
      ]
    `);
    expect(messages(NewsSchema, { title: '', summary: 'S', published: '2026-01-01', partners: 'acme' })).toMatchInlineSnapshot(`
      [
        "title: "title" is empty → write some text after "title:"",
        "partners: "partners" should be a list (lines starting with "- "), not the text "acme" → write each item on its own line starting with "- ", or as [a, b]",
      ]
    `);
  });
});
