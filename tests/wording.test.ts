// Generated sentences never lower-case a name: "2 more API integrations", not "2 more api
// integrations"; "CRM revenue", not "crm revenue". Only an ordinary capitalised first word gives up
// its capital ("Case study" → "2 more case studies"), and never a proper name the program knows.
import { describe, expect, it } from 'vitest';
import type { Program } from '../schemas/program.ts';
import { requirementContext, requirementProgress } from '../src/model/requirements.ts';
import { inSentence } from '../src/model/wording.ts';

describe('inSentence', () => {
  it.each([
    ['Case study', 'case study'],
    ['Workshop', 'workshop'],
    ['Teaching API design', 'teaching API design'],
    ['API design', 'API design'],
    ['CRM', 'CRM'],
    ['CRM sync', 'CRM sync'],
    ['iOS app', 'iOS app'],
    ['eBay listing', 'eBay listing'],
    ['McKinsey referral', 'McKinsey referral'],
    ['Revenue from SAP customers', 'revenue from SAP customers'],
    ['X', 'X'],
    ['', ''],
  ])('%s → %s', (name, expected) => {
    expect(inSentence(name)).toBe(expected);
  });

  it('keeps the proper names the program knows, alone or starting a name', () => {
    const names = ['Quillstack', 'Quillstack Ltd', 'Kestrel Certified Architect'];
    expect(inSentence('Quillstack webinar', names)).toBe('Quillstack webinar');
    expect(inSentence('Kestrel Certified Architect', names)).toBe('Kestrel Certified Architect');
    expect(inSentence('Kestrel workshop', names)).toBe('Kestrel workshop');
    expect(inSentence('Webinar', names)).toBe('webinar');
  });
});

describe('what a requirement still needs', () => {
  // A program whose activity types and metrics are named with acronyms and its own name. On
  // 2026-06-30 the partner has done nothing: every requirement is missing in full.
  const program = {
    name: 'Quillstack Partner Network',
    organization: { name: 'Quillstack Ltd' },
    fiscalYearStart: 1,
    site: { language: 'en' },
    activityTypes: [
      { id: 'api-integration', name: 'API integration', weight: 5 },
      { id: 'case-study', name: 'Case study', weight: 4 },
      { id: 'webinar', name: 'Quillstack webinar', weight: 2 },
    ],
    metrics: [
      { id: 'crm-revenue', name: 'CRM revenue', kind: 'money', currency: 'EUR' },
      { id: 'nps', name: 'NPS', kind: 'number' },
    ],
    certifications: [],
  } as unknown as Program;
  const nothing = { entries: [], metrics: [], certifiedPeople: new Map<string, number>() };
  const needed = (measure: object) =>
    requirementProgress([{ description: 'A requirement', measure: measure as never }], nothing, requirementContext(program, '2026-06-30'))[0]!.needed;

  it('keeps acronyms and proper names as written', () => {
    expect(needed({ activity: 'api-integration', count: 2, per: 'year' })).toBe('2 more API integrations by December 31, 2026');
    expect(needed({ activity: 'api-integration', count: 1, per: 'year' })).toBe('1 more API integration by December 31, 2026');
    expect(needed({ activity: 'webinar', count: 3, per: 'year' })).toBe('3 more Quillstack webinars by December 31, 2026');
    expect(needed({ metric: 'crm-revenue', atLeast: 5000, currency: 'EUR', per: 'year' })).toBe('EUR 5,000 more CRM revenue by December 31, 2026');
    expect(needed({ metric: 'nps', atLeast: 40, per: 'year' })).toBe('NPS of at least 40 by December 31, 2026, nothing recorded yet for 2026');
  });

  it('lower-cases only the capital of an ordinary first word', () => {
    expect(needed({ activity: 'case-study', count: 2, per: 'year' })).toBe('2 more case studies by December 31, 2026');
  });
});
