// Images in case studies and news are files the site publishes, like logos: the build (Astro's
// Markdown image pipeline) imports each path it finds and copies or converts the file into
// /_astro/. Each path must name an image file inside the content folder (body-image-path.ts),
// which then goes through the same checks as logos (check-referenced-files.ts).
import { bodyImagePath } from './body-image-path.ts';
import { isSafeLink } from './check-mdx.ts';
import type { ReferencedFiles } from './check-referenced-files.ts';
import type { CrossCheck } from './cross-check.ts';
import type { ParsedFile } from './parse-file.ts';

/** Checks every image each file's body shows, reporting at the place it is written. */
export const checkBodyImages: CrossCheck = (files, { files: named }) => {
  for (const file of files) checkImagesOf(file, named);
};

function checkImagesOf(file: ParsedFile, files: ReferencedFiles) {
  for (const image of file.images ?? []) {
    // A link that is not web, mail or relative (javascript:, data:) was already reported by the body check.
    if (!isSafeLink(image.url.trim())) continue;
    const at = { line: image.line, column: image.column };
    const resolved = bodyImagePath(image.url, file.source.relative);
    if ('problem' in resolved) file.report.place({ ...at, ...resolved.problem }, 'error');
    else if (image.reference) {
      // Astro converts only images written inline; a reference-style one would be left as a broken link.
      file.report.place(
        {
          line: at.line,
          column: at.column,
          code: 'reference-style-image',
          message: `the image "${image.url}" is written reference-style (![…][name] with [name]: …), which the site does not publish`,
          fix: `write it inline: ![description](${image.url})`,
        },
        'error',
      );
    } else files.check(resolved.relative, 'body-image', { report: file.report, path: [], at });
  }
}
