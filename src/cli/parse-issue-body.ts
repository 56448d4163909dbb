// Reads the body GitHub writes for an issue form (the partner application, the app submission)
// back into the fields of the file it becomes, with the answers that could not be read
// (`npm run from-issue`).
import type { Program } from '../../schemas/program.ts';
import { likelyCountryCode } from '../shared/countries.ts';
import { likelyLanguageTag } from '../shared/languages.ts';
import { partnerFieldProblem, yearAnswer } from './partner-answer.ts';
import { APPLICATION_FIELDS, type FormField } from './partner-application.ts';

/** More than a partner file may list (30): the rest of a longer answer is not read, only refused. */
const MOST_LANGUAGES_READ = 31;

/** The answers of an issue form as a file's fields. */
export interface FormAnswers {
  data: Record<string, unknown>;
  /** Link to the attached image (a logo, an icon), to download into the content folder. */
  imageUrl: string | undefined;
  /** Answers that could not be read, with why. */
  problems: string[];
}

export interface Application {
  partner: Record<string, unknown>;
  /** Link to the attached logo, to download into content/logos/. */
  logoUrl: string | undefined;
  /** Answers that could not be read, with why. */
  problems: string[];
}

/**
 * "Ada Moreno <ada@example.com>" → name and address (the last <…> at the end); anything else is
 * a name. String searches, linear in the answer's length: the regular expression this replaces,
 * /^(.*?)\s*<([^>]+)>$/, backtracked quadratically on a long answer of spaces or "<" (10 to 24
 * seconds for 100,000 characters; see bench/issue-body.ts).
 */
function nameAndAddress(answer: string): { name: string; email?: string } {
  const open = answer.lastIndexOf('<');
  const address = open >= 0 && answer.endsWith('>') ? answer.slice(open + 1, -1).trim() : '';
  if (!address || address.includes('>')) return { name: answer };
  return { name: answer.slice(0, open).trim(), email: address };
}

/** A partner application's answers. */
export function parseIssueBody(body: string, program: Program, today?: string): Application {
  const { data, imageUrl, problems } = parseFormAnswers(body, program, APPLICATION_FIELDS, today);
  return { partner: data, logoUrl: imageUrl, problems };
}

/**
 * Reads the body GitHub writes for an issue form: "### Label" headings, each followed by its
 * answer. `today` (the build date) is what a founding year must not be after.
 */
export function parseFormAnswers(body: string, program: Program, fields: readonly FormField[], today?: string): FormAnswers {
  const sections = new Map<string, string>();
  const parts = body
    .replace(/\r\n/g, '\n')
    .split(/^### +/m)
    .slice(1);
  for (const part of parts) {
    const [heading, ...rest] = part.split('\n');
    const answer = rest.join('\n').trim();
    sections.set(heading!.trim(), answer === '_No response_' ? '' : answer);
  }
  const data: Record<string, unknown> = {};
  const problems: string[] = [];
  let imageUrl: string | undefined;
  for (const field of fields) {
    const answer = sections.get(field.label) ?? '';
    if (!answer) {
      if (field.required) problems.push(`"${field.label}" is not answered`);
      continue;
    }
    if (field.choices) {
      // Options read "Name (id)"; keep the ids.
      const chosen = answer.split(/,\s*/).map((option) => /\(([a-z0-9-]+)\)\s*$/.exec(option)?.[1] ?? option.trim());
      const allowed = new Set(field.choices(program).map((c) => c.id));
      const unknown = chosen.filter((id) => !allowed.has(id));
      if (unknown.length) problems.push(`"${field.label}": ${unknown.join(', ')} is not an option of this program`);
      data[field.key] = field.multiple ? chosen : chosen[0];
    } else if (field.read === 'lines') {
      data[field.key] = answer
        .split('\n')
        .map((line) => line.replace(/^[-*]\s*/, '').trim())
        .filter(Boolean);
    } else if (field.read === 'list') {
      data[field.key] = answer
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    } else if (field.read === 'country') {
      // A name or a code, as the form allows; what cannot be read is explained as validate would, and left out.
      const code = likelyCountryCode(answer);
      if (code) data[field.key] = code;
      else problems.push(`"${field.label}": ${partnerFieldProblem('headquarters', answer)}`);
    } else if (field.read === 'languages') {
      const written = answer
        .split(',')
        .slice(0, MOST_LANGUAGES_READ)
        .map((item) => item.trim())
        .filter(Boolean);
      const tags = [...new Set(written.map((item) => likelyLanguageTag(item) ?? item))];
      const problem = partnerFieldProblem('languages', tags);
      if (problem) problems.push(`"${field.label}": ${problem}`);
      else if (tags.length) data[field.key] = tags;
    } else if (field.read === 'year') {
      const year = yearAnswer(answer);
      const problem = partnerFieldProblem('founded', year, today);
      if (problem) problems.push(`"${field.label}": ${problem}`);
      else data[field.key] = year;
    } else if (field.read === 'contact') {
      data.contacts = [{ ...nameAndAddress(answer), visibility: 'public' }];
    } else if (field.read === 'image') {
      imageUrl = /\((https?:\/\/[^)\s]+)\)|(https?:\/\/\S+)/.exec(answer)?.slice(1).find(Boolean);
      if (!imageUrl) problems.push(`"${field.label}" has no attached file`);
    } else {
      data[field.key] = answer;
    }
    if (field.wrap && field.key in data) data[field.key] = field.wrap(data[field.key]);
  }
  return { data, imageUrl, problems };
}
