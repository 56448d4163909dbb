// The build's last step: the Pagefind search indexes of a built site. Two indexes, so each
// directory searches only its own pages: the partner directory's at /pagefind/ (the pages that
// mark their content data-pagefind-body: the partner profiles) and the marketplace's at
// /apps/pagefind/ (the app pages, whose content is marked data-app-search).
//   node src/cli/search-index.ts <site folder>
import path from 'node:path';
import { close, createIndex, type PagefindServiceConfig } from 'pagefind';
import { APP_SEARCH_ROOT, routes } from '../routes.ts';

const site = process.argv[2];
if (!site) {
  process.stderr.write('usage: node src/cli/search-index.ts <site folder>\n');
  process.exit(2);
}

/** Indexes the site's pages that `glob` matches into the site path `output`. */
async function writeIndex(config: PagefindServiceConfig, glob: string | undefined, output: string) {
  const { index, errors } = await createIndex(config);
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: site!, ...(glob ? { glob } : {}) });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: path.join(site!, output) });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  process.stdout.write(`${output}: ${added.page_count} pages indexed\n`);
}

try {
  await writeIndex({}, undefined, routes.pagefind);
  await writeIndex({ rootSelector: `[${APP_SEARCH_ROOT}]` }, `${routes.apps.slice(1)}*/index.html`, routes.appsPagefind);
} finally {
  await close();
}
