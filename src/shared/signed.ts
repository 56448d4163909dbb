/** A balance with its sign: +3, 0, -2. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
