// The directories' sort orders as Pagefind sort keys (data-pagefind-sort on each profile and app
// page): every key ascending, each ending in the name so ties stay by name. Each key is the entry's
// own (never its position in the list), so adding a partner changes no other page.

/** The name as it sorts: without accents, lower-case ("Émile & Co" → "emile & co"). */
export const nameKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The highest tier first: the program lists its tiers lowest first (rank 0), so the key counts down. */
export const tierKey = (rank: number, name: string) => `${String(999 - rank).padStart(3, '0')}-${nameKey(name)}`;

/** The newest first (a YYYY-MM-DD date counted down); entries without a date last. */
export const newestKey = (date: string | undefined, name: string) => {
  const day = date ? Number(date.slice(0, 10).replaceAll('-', '')) : Number.NaN;
  return `${Number.isFinite(day) ? String(99_999_999 - day).padStart(8, '0') : '99999999'}-${nameKey(name)}`;
};
