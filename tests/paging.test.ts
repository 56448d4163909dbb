// The API's pages: every record on exactly one page, in order, page 1 even for an empty list; and
// the page size setting, refused with the fix when it is not a whole number.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCount, pagesOf } from '../src/model/paging.ts';
import { apiPageSize, SettingsError } from '../src/settings.ts';

describe('pages of a list', () => {
  it('hold every record once, in order, each page full but the last', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, size) => {
        const pages = pagesOf(items, size);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.map((page) => page.page)).toEqual(pages.map((_, index) => index + 1));
        for (const page of pages) expect(page).toMatchObject({ pages: pages.length, total: items.length });
        for (const page of pages.slice(0, -1)) expect(page.items.length).toBe(size);
        expect(pages.at(-1)!.items.length).toBe(items.length === 0 ? 0 : items.length - (pages.length - 1) * size);
      }),
    );
  });

  it('is one empty page for an empty list, so page 1 of a list always exists', () => {
    expect(pageCount(0, 1000)).toBe(1);
    expect(pagesOf([], 1000)).toEqual([{ page: 1, pages: 1, total: 0, items: [] }]);
    expect(pageCount(1000, 1000)).toBe(1);
    expect(pageCount(1001, 1000)).toBe(2);
  });
});

describe('PARTNERKIT_API_PAGE_SIZE', () => {
  const before = process.env.PARTNERKIT_API_PAGE_SIZE;
  afterEach(() => {
    if (before === undefined) delete process.env.PARTNERKIT_API_PAGE_SIZE;
    else process.env.PARTNERKIT_API_PAGE_SIZE = before;
  });

  it('is 1,000 unless set, and the number it is set to', () => {
    delete process.env.PARTNERKIT_API_PAGE_SIZE;
    expect(apiPageSize()).toBe(1000);
    process.env.PARTNERKIT_API_PAGE_SIZE = '2';
    expect(apiPageSize()).toBe(2);
  });

  it('refuses what is not a page size, saying what to set', () => {
    for (const value of ['0', '-5', '2.5', 'lots']) {
      process.env.PARTNERKIT_API_PAGE_SIZE = value;
      expect(() => apiPageSize(), value).toThrow(SettingsError);
      expect(() => apiPageSize(), value).toThrow(`PARTNERKIT_API_PAGE_SIZE="${value}" is not a number of items → set it to a whole number`);
    }
  });
});
