// Which column cap a grid of `count` cards gets (site.css .grid.fit-2/3), so that no row ends with
// one orphan card: counts divisible by three in threes, even counts in twos, the rest in threes.
export function gridFit(count: number): 'fit-2' | 'fit-3' {
  if (count % 3 === 0) return 'fit-3';
  return count % 2 === 0 ? 'fit-2' : 'fit-3';
}
