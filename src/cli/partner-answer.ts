// Checks one answer about a new partner (new:partner's prompts and options, from-issue's form
// answers) with the partner schema and the words validate uses, so "UK" gets the same
// 'did you mean "GB" (United Kingdom)?' here as in a partner file.
import { PartnerSchema } from '../../schemas/partner.ts';
import { foundedYearAdvice } from '../loader/check-founded-year.ts';
import { messagesForIssue } from '../loader/zod-messages.ts';

type PartnerKey = keyof typeof PartnerSchema.shape;

/** "what is wrong → how to fix it" for the field's value, as validate would say it; undefined when the value is fine. */
export function partnerFieldProblem(key: PartnerKey, value: unknown, today?: string): string | undefined {
  const schema = PartnerSchema.pick({ [key]: true } as { [K in PartnerKey]?: true });
  const data = { [key]: value };
  const result = schema.safeParse(data);
  if (!result.success) {
    const [first] = result.error.issues.flatMap((issue) => messagesForIssue(issue, data, schema));
    return first ? `${first.message} → ${first.fix}` : `"${key}" is not valid`;
  }
  if (key === 'founded' && today && typeof value === 'number') {
    const advice = foundedYearAdvice(value, today);
    if (advice) return `${advice.message} → ${advice.fix}`;
  }
  return undefined;
}

/** A year as written ("2014") as a number, so the schema checks it as one; other text stays text, and the schema says what is wrong. */
export function yearAnswer(answer: string): number | string {
  const trimmed = answer.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}
