// What the commands share: their options with --help and a plain message for a mistyped option,
// the build date with a plain message when PARTNERKIT_NOW is wrong, and valid content or the
// problems that stand in the way.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Content } from '../loader/content-types.ts';
import { problemLine, summary } from '../loader/format-problems.ts';
import { loadContent } from '../loader/load-content.ts';
import { buildDate, SettingsError } from '../settings.ts';
import { printError, write, writeError } from './terminal-safe.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type OptionValues<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: T & { help: { type: 'boolean'; short: 'h' } }; strict: true; allowPositionals: false }>>['values'];

/**
 * The command's options (plus -h/--help), or its exit code once it has printed the help (0) or
 * what is wrong with the command line (2): a mistyped option is a user's mistake, not a crash.
 */
export function commandOptions<const T extends OptionsConfig>(command: string, argv: string[], options: T, help: string): OptionValues<T> | number {
  let values: OptionValues<T>;
  try {
    values = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values as OptionValues<T>;
  } catch (error) {
    printError(`${command}: ${(error as Error).message}`);
    writeError(`\n${help}\n`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    write(`${help}\n`);
    return 0;
  }
  return values;
}

/** The build date, or undefined after telling the user what is wrong with PARTNERKIT_NOW. */
export function buildDateFor(command: string): string | undefined {
  try {
    return buildDate();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    printError(`${command}: ${error.message}`);
    return undefined;
  }
}

/** Valid content, or undefined after printing the problems (as validate prints them). */
export async function validContentFor(command: string, root: string, today: string): Promise<Content | undefined> {
  const { content, problems, filesChecked } = await loadContent(root, { today });
  if (content) return content;
  for (const problem of problems) printError(problemLine(problem));
  printError();
  printError(summary(filesChecked, problems));
  printError(`${command} needs valid content: fix the errors above (npm run validate shows the same list).`);
  return undefined;
}
