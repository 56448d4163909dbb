// How every command starts and ends. A command declares its name, usage, options and job; the
// runner reads the command line (an unknown option is refused with the usage, --help prints it),
// hands the job its content folder, build date and valid content, and turns how the job ends into
// an exit code. A user's mistake is one line, never a stack trace; only a bug prints one.
import { parseArgs } from 'node:util';
import type { Content } from '../loader/content-types.ts';
import { type LoadResult, loadContent } from '../loader/load-content.ts';
import { buildDate, contentDirectory, SettingsError } from '../settings.ts';
import { printValidation } from './print-problems.ts';
import { printError, write, writeError } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

/** How a command ends: 0 done; 1 problems to fix (in the content, or a generated file that is stale); 2 a mistake in how it was run. */
export type ExitCode = 0 | 1 | 2;

/** `--name VALUE` (string) or `--name` (boolean); a string with `choices` may only be one of them. */
export interface Option {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  choices?: readonly string[];
}
type Options = Record<string, Option>;

type ValueOf<O extends Option> = O extends { choices: readonly (infer C)[] } ? C : O extends { type: 'boolean' } ? boolean : string;
/** The values read: an option with a default always has one; any other is there only when given. */
export type OptionValues<T extends Options> = { [K in keyof T as T[K] extends { default: unknown } ? K : never]: ValueOf<T[K]> } & {
  [K in keyof T as T[K] extends { default: unknown } ? never : K]?: ValueOf<T[K]>;
};

export interface CommandContext<T extends Options> {
  options: OptionValues<T>;
  /** `--content DIR`, else $PARTNERKIT_CONTENT, else ./content. */
  contentFolder: string;
  /** The build date: $PARTNERKIT_NOW, else today. A wrong PARTNERKIT_NOW stops the command (exit 2). */
  today(): string;
  /** The content folder's content on the build date. Content with errors stops the command: its problems are printed as validate prints them (exit 1). */
  validContent(): Promise<Content>;
}

export interface Command<T extends Options> {
  /** The command as typed after `npm run`: every message the runner prints starts with it. */
  name: string;
  /** The help text: printed by --help, and under a mistyped command line. */
  usage: string;
  options: T;
  run(context: CommandContext<T>): Promise<ExitCode>;
}

/** A mistyped command line: the message, then the usage. */
class UsageError extends UserError {}

/** Content with errors, which the command cannot work on. */
class InvalidContent extends Error {
  readonly result: LoadResult;
  constructor(result: LoadResult) {
    super('the content has errors');
    this.result = result;
  }
}

/** Runs the command on this process's arguments and sets its exit code. */
export async function runCommand<const T extends Options>(command: Command<T>, argv = process.argv.slice(2)): Promise<void> {
  try {
    const options = readOptions(command, argv);
    process.exitCode = options ? await command.run(contextFor(options)) : 0;
  } catch (error) {
    process.exitCode = reportEnd(command, error);
  }
}

/** The options given, or undefined once --help has printed the usage. */
function readOptions<T extends Options>(command: Command<T>, argv: string[]): OptionValues<T> | undefined {
  const config = Object.fromEntries(Object.entries(command.options).map(([name, { choices: _, ...option }]) => [name, option]));
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options: { ...config, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    write(`${command.usage}\n`);
    return undefined;
  }
  for (const [name, { choices }] of Object.entries(command.options)) {
    const value = values[name];
    if (choices && typeof value === 'string' && !choices.includes(value))
      throw new UserError(`unknown --${name} "${value}" → use one of: ${choices.join(', ')}`);
  }
  return values as OptionValues<T>;
}

function contextFor<T extends Options>(options: OptionValues<T>): CommandContext<T> {
  const contentFolder = contentDirectory((options as { content?: string }).content);
  let date: string | undefined;
  const today = () => (date ??= buildDate());
  return {
    options,
    contentFolder,
    today,
    async validContent() {
      const result = await loadContent(contentFolder, { today: today() });
      if (!result.content) throw new InvalidContent(result);
      return result.content;
    },
  };
}

/** Prints why the command stopped, and returns its exit code. */
function reportEnd(command: { name: string; usage: string }, error: unknown): ExitCode {
  if (error instanceof InvalidContent) {
    printValidation(error.result, 'stderr');
    printError(`${command.name} needs valid content: fix the errors above (npm run validate shows the same list).`);
    return 1;
  }
  if (error instanceof UserError || error instanceof SettingsError) {
    printError(`${command.name}: ${error.message}`);
    if (error instanceof UsageError) writeError(`\n${command.usage}\n`);
    return 2;
  }
  // Not the user's doing: the stack is what a maintainer needs to find it.
  printError(
    `${command.name} stopped on an unexpected error: a bug in Partnerkit, not in what you typed or wrote → please report it with the command and the lines below.`,
  );
  writeError(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
