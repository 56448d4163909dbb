// Plain text from content, shown as paragraphs (no HTML from content is ever rendered raw).
export const paragraphs = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** "USD 2,500 a year", or "Free". */
export function feeText(fee: { amount: number; currency: string; period: string } | undefined): string {
  if (!fee || fee.amount === 0) return 'Free';
  const amount = new Intl.NumberFormat('en', { style: 'currency', currency: fee.currency, maximumFractionDigits: 0 }).format(fee.amount);
  return fee.period === 'one-time' ? `${amount} once` : `${amount} a ${fee.period}`;
}
