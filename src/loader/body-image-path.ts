// Where an image in a case study or news post may come from: an image file inside the content
// folder, named by a path the bundler reads as that file and nothing else. validate
// (check-body-images.ts) and the build (src/integrations/body-image-guard.ts) apply this same rule.
import path from 'node:path';
import { LOGO_EXTENSIONS } from '../../schemas/common.ts';
import type { Advice, ProblemCode } from './problem.ts';

/** Content folder where images for posts live; the fixes point there. */
const IMAGES = 'images';

/**
 * The file (relative to the content folder) that `url`, written in the post `post`, names, or why
 * the build may not publish it. Every rule keeps the bundler's reading of the path to exactly one
 * checked file: no other website, no query (`?url`, `?raw` make the bundler emit any file as it
 * is), no package names, nothing outside the content folder.
 */
export function bodyImagePath(url: string, post: string): { relative: string } | { problem: Advice } {
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  const problem = (code: ProblemCode, message: string, fix: string) => ({ problem: { code, message, fix } });
  const name = path.posix.basename(url.replace(/[?#].*$/, '')) || 'name.png';
  const inImages = `../${IMAGES}/${name}`;
  if (/^[a-z][a-z\d+.-]*:/i.test(url) && !/^https?:/i.test(url)) {
    return problem(
      'image-path-not-allowed',
      `the image "${shown}" is not a path to an image file`,
      `save the image in content/${IMAGES}/ and write ![description](${inImages})`,
    );
  }
  if (/^https?:/i.test(url) || url.startsWith('//')) {
    return problem(
      'image-on-another-website',
      `the image "${shown}" is on another website: the site's Content-Security-Policy lets pages show only images from the site itself, so browsers would block it`,
      `save the image in content/${IMAGES}/ and write ![description](${inImages})`,
    );
  }
  if (url.startsWith('/'))
    return problem(
      'image-path-not-allowed',
      `the image path "${shown}" starts with "/"`,
      `write it relative to this file, e.g. ${inImages} (images live in content/${IMAGES}/)`,
    );
  const suffix = /[?#].*$/.exec(url)?.[0];
  if (suffix)
    return problem(
      'image-path-not-allowed',
      `the image path "${shown}" ends in "${suffix.length > 20 ? `${suffix.slice(0, 19)}…` : suffix}"`,
      `remove "${suffix.slice(0, 20)}": an image path names a file and nothing else`,
    );
  if (!/^[A-Za-z0-9._/-]+$/.test(url)) {
    return problem(
      'image-path-not-allowed',
      `the image path "${shown}" has characters other than letters, digits, ".", "-", "_" and "/"`,
      'rename the file with only those characters (e.g. team-photo.png), and update the path',
    );
  }
  if (!/^\.\.?\//.test(url)) {
    return problem(
      'image-path-not-allowed',
      `the image path "${shown}" does not start with ./ or ../, so the build would read it as the name of a code package`,
      `write it relative to this file, e.g. ${inImages}`,
    );
  }
  const relative = path.posix.normalize(path.posix.join(path.posix.dirname(post), url));
  if (relative === '..' || relative.startsWith('../'))
    return problem(
      'image-outside-content',
      `the image path "${shown}" leads out of the content folder`,
      `put the image in content/${IMAGES}/ and write ${inImages}`,
    );
  if (!LOGO_EXTENSIONS.some((extension) => relative.toLowerCase().endsWith(extension))) {
    return problem(
      'unsupported-file-type',
      `"${relative}" is not a PNG, JPEG, WebP or SVG image`,
      'convert it to PNG, JPEG or WebP (or SVG for a drawing), and update the path',
    );
  }
  return { relative };
}
