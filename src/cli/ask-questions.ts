// The questions `npm run new:partner` and `npm run new:app` ask for what their options do not
// give: an option is checked like an answer; with --yes nothing is asked and anything missing or
// wrong fails; piped answers are read line by line and echoed, so a transcript reads like a session.
import { createInterface } from 'node:readline/promises';
import { closest } from '../loader/did-you-mean.ts';
import { print, printError, write } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

/** Checks one answer, knowing the answers before it; returns an error message or undefined. */
export type Check = (answer: string, earlier?: Readonly<Record<string, string>>) => string | undefined;

export interface Question {
  /** The option that answers it, --<key>. */
  key: string;
  /** The question; from the answers before it when they decide the choices (a tier after the partner types). */
  label: string | ((earlier: Readonly<Record<string, string>>) => string);
  check: Check;
  optional?: boolean;
}

/** "a, b,c" → ["a", "b", "c"]. */
export const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** An answer that must be one of `allowed` (or, when `many`, a comma-separated list of them), with a did-you-mean. */
export function ids(allowed: readonly string[], what: string, many: boolean): Check {
  return (answer) => {
    const values = many ? list(answer) : [answer.trim()];
    if (!values.length || !values[0]) return `give ${many ? 'at least one' : 'a'} ${what}: ${allowed.join(', ')}`;
    for (const value of values) {
      if (!allowed.includes(value)) {
        const guess = closest(value, [...allowed]);
        return `"${value}" is not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}${guess ? ` → did you mean "${guess}"?` : ` → use one of: ${allowed.join(', ')}`}`;
      }
    }
    return undefined;
  };
}

/** An optional answer: empty is fine, anything else must pass `check`. */
export const optional =
  (check: Check): Check =>
  (answer, earlier) =>
    answer.trim() ? check(answer, earlier) : undefined;

/** The answers, trimmed, by key: from the options where given, else asked (unless `yes`). */
export async function askQuestions(questions: readonly Question[], options: Record<string, unknown>, yes: boolean): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  const prompt = yes ? undefined : createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true });
  // Lines are read from the iterator, which buffers them: piped answers arrive before they are asked for.
  const lines = prompt?.[Symbol.asyncIterator]();
  let stdinClosed = false;
  const ask = async (label: string): Promise<string | undefined> => {
    write(`${label}: `);
    const next = await lines!.next();
    if (next.done) {
      stdinClosed = true;
      print();
      return undefined;
    }
    // Piped answers are echoed, so the transcript reads like a session; shown as one line, like all text from a user.
    if (process.stdin.isTTY !== true) print(next.value);
    return next.value;
  };
  // With nothing to ask, every option given is checked first, so a wrong one is named before a missing one.
  if (!prompt) {
    const given = options as Record<string, string>;
    for (const question of questions) {
      const problem = given[question.key] === undefined ? undefined : question.check(given[question.key]!, given);
      if (problem) throw new UserError(`--${question.key}: ${problem}`);
    }
  }
  try {
    for (const question of questions) {
      let answer = options[question.key] as string | undefined;
      let problem = answer === undefined ? undefined : question.check(answer, answers);
      if (answer !== undefined && problem && !prompt) throw new UserError(`--${question.key}: ${problem}`);
      while (answer === undefined || problem) {
        if (problem) printError(`  ${problem}`);
        if (!prompt || stdinClosed) {
          if (question.optional) break;
          throw new UserError(`missing --${question.key} → give it as an option, or run without --yes to be asked`);
        }
        const label = typeof question.label === 'function' ? question.label(answers) : question.label;
        answer = await ask(label);
        if (answer === undefined) {
          if (question.optional) break;
          throw new UserError(`no answer for "${label}"`);
        }
        problem = question.optional && !answer.trim() ? undefined : question.check(answer, answers);
        if (question.optional && !answer.trim()) break;
      }
      if (answer?.trim()) answers[question.key] = answer.trim();
    }
  } finally {
    prompt?.close();
  }
  return answers;
}
