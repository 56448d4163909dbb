// What a case study or post offers to read next (src/model/related.ts), and titles inside a
// sentence (src/site/sentence-case.ts), on small hand-written lists.
import { describe, expect, it } from 'vitest';
import type { CaseStudyView, NewsView } from '../src/model/model-types.ts';
import { otherNews, relatedCaseStudies } from '../src/model/related.ts';
import { inSentence } from '../src/model/wording.ts';
import { listOf } from '../src/site/list-format.ts';

const study = (slug: string, partners: string[], industry?: string) =>
  ({
    slug,
    partners: partners.map((p) => ({ slug: p, name: p, path: `/partners/${p}/` })),
    industry: industry && { id: industry, name: industry },
  }) as unknown as CaseStudyView;

describe('relatedCaseStudies', () => {
  // Newest first, as the model lists them.
  const all = [
    study('e', ['x'], 'retail'),
    study('d', ['acme'], 'health'),
    study('c', ['y'], 'retail'),
    study('b', ['acme', 'z']),
    study('a', ['acme'], 'retail'),
  ];

  it('ranks a shared partner above a shared industry above the rest, newest first within each, and leaves the study itself out', () => {
    // a: partner acme, industry retail. d and b share acme (2); e and c share retail (1).
    expect(relatedCaseStudies(all[4]!, all).map((s) => s.slug)).toEqual(['d', 'b', 'e']);
    expect(relatedCaseStudies(all[4]!, all, 10).map((s) => s.slug)).toEqual(['d', 'b', 'e', 'c']);
  });

  it('falls back to the newest when nothing is shared', () => {
    const lone = study('f', ['nobody'], 'space');
    expect(relatedCaseStudies(lone, [lone, ...all], 2).map((s) => s.slug)).toEqual(['e', 'd']);
  });
});

describe('otherNews', () => {
  it('is every other post, newest first, at most the limit', () => {
    const posts = ['c', 'b', 'a'].map((slug) => ({ slug }) as NewsView);
    expect(otherNews(posts[1]!, posts).map((p) => p.slug)).toEqual(['c', 'a']);
    expect(otherNews(posts[0]!, posts, 1).map((p) => p.slug)).toEqual(['b']);
  });
});

describe('inSentence, for section titles in a description', () => {
  it.each([
    ['Partner types', 'partner types'],
    ['Access', 'access'],
    ['API access', 'API access'],
    ['CRM integrations', 'CRM integrations'],
    ['GitHub apps', 'GitHub apps'],
    ['Questions and answers', 'questions and answers'],
  ])('%s → %s', (title, expected) => {
    expect(inSentence(title)).toBe(expected);
  });
});

describe('listOf', () => {
  it('joins names as the language does', () => {
    expect(listOf(['Gold'], 'en')).toBe('Gold');
    expect(listOf(['Gold', 'Platinum'], 'en')).toBe('Gold and Platinum');
    expect(listOf(['Silver', 'Gold', 'Platinum'], 'en-GB')).toBe('Silver, Gold and Platinum');
    expect(listOf(['Silver', 'Gold', 'Platinum'], 'de')).toBe('Silver, Gold und Platinum');
  });
});
