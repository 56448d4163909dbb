// Writes a new listing (a partner or an app: its file with the schema line, and its image), then
// validates it: shared by `npm run new:partner`, `npm run new:app` and `npm run from-issue`.
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { jsonSchemaFileName } from '../loader/content-file.ts';
import { loadContent } from '../loader/load-content.ts';
import type { Problem } from '../loader/problem.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import { UserError } from './user-error.ts';

/** Where each kind of listing and its image go, and the dates a new one gets. */
const LISTINGS = {
  partner: { folder: 'partners', imageField: 'logo', imageFolder: 'logos', what: 'logo', dates: (today: string) => ({ since: today, reviewed: today }) },
  app: { folder: 'apps', imageField: 'icon', imageFolder: 'images/apps', what: 'icon', dates: (today: string) => ({ listedSince: today, reviewed: today }) },
} as const;

export interface WrittenListing {
  slug: string;
  /** The image's path in the content folder. */
  image: string;
  /** Problems validate finds in the new listing's files. */
  problems: Problem[];
}

const exists = (file: string, isFile = false) =>
  stat(file).then(
    (found) => !isFile || found.isFile(),
    () => false,
  );

export async function writeListingFile(
  kind: keyof typeof LISTINGS,
  root: string,
  listing: Record<string, unknown>,
  imageSource: string | undefined,
  today: string,
  imageExtension = '.svg',
): Promise<WrittenListing> {
  const { folder, imageField, imageFolder, what, dates } = LISTINGS[kind];
  const name = String(listing.name ?? '');
  const slug = toKebabCase(name);
  if (!KEBAB_CASE.test(slug)) throw new UserError(`cannot make a file name from "${name}" → use a name with letters or digits`);
  const file = path.join(root, folder, `${slug}.yaml`);
  if (await exists(file)) throw new UserError(`${folder}/${slug}.yaml already exists → edit it instead, or pick another name`);
  if (imageSource && !(await exists(imageSource, true))) throw new UserError(`the ${what} file ${imageSource} does not exist`);
  const extension = (imageSource ? path.extname(imageSource) : imageExtension).toLowerCase().replace('.jpeg', '.jpg');
  const image = `${imageFolder}/${slug}${extension}`;
  // A date the listing gives (a partner's `since`) is kept; `reviewed` is today, as it was just checked.
  const written = {
    ...listing,
    [imageField]: image,
    ...Object.fromEntries(Object.entries(dates(today)).map(([key, value]) => [key, key === 'reviewed' ? value : (listing[key] ?? value)])),
  };
  const schemaPath = path
    .relative(path.dirname(file), path.resolve('schemas', 'json', jsonSchemaFileName(kind)))
    .split(path.sep)
    .join('/');
  await mkdir(path.dirname(file), { recursive: true });
  if (imageSource) {
    await mkdir(path.join(root, imageFolder), { recursive: true });
    await copyFile(imageSource, path.join(root, image));
  }
  // The core schema writes dates as plain 2026-11-21, the way contributors write them.
  await writeFile(file, `# yaml-language-server: $schema=${schemaPath}\n${dump(written, { lineWidth: 100, schema: CORE_SCHEMA })}`);
  const { problems } = await loadContent(root, { today });
  return { slug, image, problems: problems.filter((p) => p.entry === `${folder}/${slug}`) };
}

/** A new partner file and its logo. */
export async function writePartnerFile(root: string, partner: Record<string, unknown>, logoSource: string | undefined, today: string, logoExtension = '.svg') {
  const { slug, image, problems } = await writeListingFile('partner', root, partner, logoSource, today, logoExtension);
  return { slug, logo: image, problems };
}
