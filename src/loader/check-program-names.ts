// Ids in program.yaml's lists are unique by their schemas; their names must be told apart too, as
// visitors see names: tiers, partner types, certifications, activity types and vocabularies.
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text, valueAtPath } from './data-as-written.ts';
import { formatPath } from './field-path.ts';
import { type NamedEntry, reportMixedScripts, reportNameClashes } from './name-collisions.ts';
import type { FieldPath } from './yaml-document.ts';

const NAMED_LISTS: ReadonlyArray<[FieldPath, string]> = [
  [['tiers'], 'tier'],
  [['partnerTypes'], 'partner type'],
  [['certifications'], 'certification'],
  [['activityTypes'], 'activity type'],
  [['vocabularies', 'regions'], 'region'],
  [['vocabularies', 'industries'], 'industry'],
  [['vocabularies', 'integrationCategories'], 'integration category'],
];

export const checkProgramNames: CrossCheck = (files) => {
  for (const file of files) {
    const program = fields(file.raw);
    for (const [at, what] of NAMED_LISTS) {
      const named = items(valueAtPath(program, at)).flatMap(([item, index]): NamedEntry[] => {
        const name = text(fields(item).name);
        return name ? [{ name, report: file.report, at: [...at, index, 'name'], where: formatPath([...at, index], program) }] : [];
      });
      reportNameClashes(named, what);
      for (const entry of named) reportMixedScripts(entry.name, file.report, entry.at);
    }
  }
};
