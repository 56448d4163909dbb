// Names that must be told apart (partners; tiers, partner types and other named lists in
// program.yaml): the same name however it is typed, names that look the same on screen, and words
// that mix alphabets, the usual make-up of a look-alike. How names compare is src/shared/name-key.ts.

import { lookAlikeKeys, mixedScriptWords, nameKey, scriptName, scriptsOf } from '../shared/name-key.ts';
import { showInvisible } from '../shared/unsafe-characters.ts';
import type { FileProblems } from './file-problems.ts';
import type { FieldPath } from './yaml-document.ts';

export interface NamedEntry {
  name: string;
  report: FileProblems;
  /** Where the name is written. */
  at: FieldPath;
  /** How another entry's message points here: a file ("partners/acme.yaml") or a list item ("tiers[gold]"). */
  where: string;
}

interface Keyed extends NamedEntry {
  same: string;
  cased: string;
  folded: string;
  scripts: string;
}

/**
 * Reports, at every entry involved (so the one that was there first is not the only one left
 * blamed, nor the only one spared): names that are the same (an error), names that look the same
 * but are written in other scripts (an error: "Асorn" with Cyrillic letters), and names in the same
 * script that look very alike (a warning: "Modem" and "Modern" may be two real companies).
 */
export function reportNameClashes(entries: NamedEntry[], what: string) {
  const keyed: Keyed[] = entries.flatMap((entry) => {
    const same = nameKey(entry.name);
    if (!same) return []; // an empty name, refused by its schema
    const [cased, folded] = lookAlikeKeys(entry.name);
    return [{ ...entry, same, cased, folded, scripts: [...scriptsOf(entry.name)].sort().join(' ') }];
  });
  const group = (key: (entry: Keyed) => string) => {
    const groups = new Map<string, Keyed[]>();
    for (const entry of keyed) {
      const members = groups.get(key(entry));
      if (members) members.push(entry);
      else groups.set(key(entry), [entry]);
    }
    return groups;
  };
  const bySame = group((entry) => entry.same);
  const byCased = group((entry) => entry.cased);
  const byFolded = group((entry) => entry.folded);

  for (const entry of keyed) {
    const same = bySame.get(entry.same)!.filter((other) => other !== entry);
    if (same.length) {
      entry.report.field(entry.at, 'error', {
        code: 'duplicate-name',
        message: `another ${what} has the same name: ${others(same)}`,
        fix:
          what === 'partner'
            ? "each partner is listed once: keep one of the two files, or tell them apart with each company's full legal name"
            : `give each ${what} its own name, or keep one of them`,
      });
    }
    const alike = [...new Set([...byCased.get(entry.cased)!, ...byFolded.get(entry.folded)!])].filter((other) => other.same !== entry.same);
    const otherScripts = alike.filter((other) => other.scripts !== entry.scripts);
    if (otherScripts.length) {
      entry.report.field(entry.at, 'error', {
        code: 'look-alike-name',
        message: `${quote(entry.name)} (${letters(entry.name)}) looks the same as ${others(otherScripts, true)}`,
        fix: 'visitors could not tell them apart: write each name in the letters it really has, or keep one of them if they are the same',
      });
    } else if (alike.length) {
      entry.report.field(entry.at, 'warning', {
        code: 'similar-name',
        message: `${quote(entry.name)} looks very like ${others(alike)}`,
        fix: `check that they are two different ${what === 'partner' ? 'companies' : `${what}s`}; if so, nothing needs changing`,
      });
    }
  }
}

/** Warns about each word of `name` that mixes letters of several alphabets, at the word itself. */
export function reportMixedScripts(name: string, report: FileProblems, at: FieldPath) {
  for (const { word, scripts } of mixedScriptWords(name)) {
    report.fieldText(at, word, 0, 'warning', {
      code: 'mixed-script-word',
      message: `the word ${quote(word)} mixes ${listWords(scripts.map(scriptName))} letters`,
      fix: 'type it again in one alphabet: look-alike letters from another one make a name that imitates another',
    });
  }
}

function others(entries: Keyed[], withScripts = false): string {
  const shown = entries.slice(0, 3).map((other) => `${quote(other.name)} ${withScripts ? `(${letters(other.name)}) in ${other.where}` : `(${other.where})`}`);
  return entries.length > 3 ? `${shown.join(', ')} and ${entries.length - 3} more` : listWords(shown);
}

/** A name in quotes, its invisible characters shown by code point. */
const quote = (name: string) => `"${showInvisible(name)}"`;

const letters = (name: string) => {
  const scripts = [...scriptsOf(name)].map(scriptName);
  return scripts.length ? `${listWords(scripts)} letters` : 'no letters';
};

const listWords = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);
