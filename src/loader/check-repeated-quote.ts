// A case study's front-matter `quote` is its pull-quote: the page shows it once, as a card beside
// the results. A <Quote> in the body is a different quote, inside the story. When both hold the
// same words, readers see the quote twice; this warns at the <Quote> so one of them goes.
import type { CrossCheck } from './cross-check.ts';
import { fields, text } from './data-as-written.ts';

/** The words of a quote, as compared: case, punctuation, quotation marks and spacing ignored. */
const wordsOf = (quote: string) =>
  quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The same quote, or one holding the whole of the other (a shortened pull-quote), when that is at least a few words. */
function sameQuote(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || (shorter.split(' ').length >= 4 && ` ${longer} `.includes(` ${shorter} `));
}

export const checkRepeatedQuote: CrossCheck = (files) => {
  for (const { raw, report, quotes } of files) {
    const pullQuote = text(fields(fields(raw).quote).text);
    if (!pullQuote) continue;
    const words = wordsOf(pullQuote);
    for (const quote of quotes ?? []) {
      if (!sameQuote(words, wordsOf(quote.text))) continue;
      report.place(
        {
          line: quote.line,
          column: quote.column,
          code: 'quote-repeated',
          message:
            'this <Quote> has the same words as the front-matter "quote", which the page already shows as the pull-quote card, so readers would see it twice',
          fix: 'remove the <Quote> from the body, or remove "quote" from the front matter; use <Quote> only for other quotes inside the story',
        },
        'warning',
      );
    }
  }
};
