// What the commands share: the build date with a plain message when PARTNERKIT_NOW is wrong, and
// valid content or the problems that stand in the way.
import type { Content } from '../loader/content-types.ts';
import { loadContent } from '../loader/load-content.ts';
import { buildDate, SettingsError } from '../settings.ts';
import { formatText, summary } from './format-problems.ts';

/** The build date, or undefined after telling the user what is wrong with PARTNERKIT_NOW. */
export function buildDateFor(command: string): string | undefined {
  try {
    return buildDate();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`${command}: ${error.message}`);
    return undefined;
  }
}

/** Valid content, or undefined after printing the problems (as validate prints them). */
export async function validContentFor(command: string, root: string, today: string): Promise<Content | undefined> {
  const { content, problems, filesChecked } = await loadContent(root, { today });
  if (content) return content;
  for (const problem of problems) console.error(formatText(problem));
  console.error(`\n${summary(filesChecked, problems)}\n${command} needs valid content: fix the errors above (npm run validate shows the same list).`);
  return undefined;
}
