// Checks that need more than one file: values the program defines (tiers, types, vocabularies,
// certifications, activity types), references between entries, duplicates, and the files that
// entries point at (logos, brand assets, images in posts). Each is one job in a check-*.ts file;
// each kind lists the jobs it takes part in (content-kinds.ts), and they run here in that order.
//
// Every check reads the data as written, not the schema's output (data-as-written.ts), so one
// mistake elsewhere in a file (or in program.yaml) never switches other checks off. A value that
// already failed its schema is not checked again, so each mistake is reported once.
import { ReferencedFiles, type ReferencedFilesContext } from './check-referenced-files.ts';
import { CONTENT_KINDS } from './content-kinds.ts';
import type { CrossCheckLookups } from './cross-check.ts';
import { fields } from './data-as-written.ts';
import type { ParsedFile } from './parse-file.ts';
import { programIds } from './program-ids.ts';
import type { PublishedFiles } from './published-files.ts';

interface Context extends ReferencedFilesContext {
  today: string;
}

/** Runs every cross-file check on the files of each kind (by kind); returns how many referenced files (logos, assets, images) were checked, and those the site may publish. */
export async function checkCrossReferences(
  byKind: ReadonlyMap<string, ParsedFile[]>,
  context: Context,
): Promise<{ checkedFiles: number; published: PublishedFiles }> {
  const files = new ReferencedFiles(context);
  const program = byKind.get('program')?.[0];
  const lookups: CrossCheckLookups = {
    today: context.today,
    ids: program ? programIds(fields(program.raw)) : undefined,
    partnerSlugs: new Set((byKind.get('partner') ?? []).map((file) => file.source.slug)),
    files,
  };
  for (const definition of CONTENT_KINDS) {
    for (const check of definition.crossChecks ?? []) check(byKind.get(definition.kind) ?? [], lookups);
  }
  return { checkedFiles: await files.finish(), published: files.published };
}
