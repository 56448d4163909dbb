// Defence in depth for images in case studies and news: validate's Markdown parser and Astro's
// (Sätteri) are different programs, so the build checks each image it is about to publish again,
// in Astro's own parse: the path must pass the same rule (body-image-path.ts) and name a file
// validate checked, with the same bytes. Anything else stops the build with validate's kind of
// message, before the bundler reads the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bodyImagePath } from '../loader/body-image-path.ts';
import { displayPath } from '../loader/display-path.ts';
import type { Advice } from '../loader/problem.ts';
import type { ProblemPlace, PublishedFiles } from '../loader/published-files.ts';
import { publishedKey, sha256, UnpublishableFile } from '../loader/published-files.ts';
import type { ModelBuild } from './model-build.ts';

interface ImageNode {
  url: string;
  position?: { start: { line: number; column: number } };
}

export function partnerkitBodyImageGuard(build: ModelBuild): AstroIntegration {
  return {
    name: 'partnerkit:body-image-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: unknown[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.mdastPlugins)) {
          throw new Error(
            `Partnerkit checks images in posts with Astro's Sätteri Markdown processor, but markdown.processor is "${processor.name}": remove it from astro.config.mjs`,
          );
        }
        // First, so it runs before Astro's own plugin collects the images to publish.
        const published = async () => (await build.content()).published;
        processor.options.mdastPlugins.unshift((options: { fileURL: URL | undefined }) => bodyImageGuard(options, build.root, published));
      },
    },
  };
}

/**
 * A Sätteri plugin factory: called for each document, with the file it comes from; `published` is
 * the inventory of the build's one content load (src/integrations/model-build.ts).
 */
export function bodyImageGuard({ fileURL }: { fileURL: URL | undefined }, root: string, published: () => Promise<PublishedFiles>) {
  return {
    name: 'partnerkit-body-image-guard',
    options: { position: true },
    async image(node: ImageNode) {
      const absolute = fileURL?.protocol === 'file:' ? fileURLToPath(fileURL) : undefined;
      const post = absolute ? path.relative(root, absolute).split(path.sep).join('/') : undefined;
      const at = node.position?.start ?? { line: 1, column: 1 };
      const place: ProblemPlace = {
        file: absolute ? displayPath(absolute) : 'Markdown',
        line: at.line,
        column: at.column,
        entry: post?.replace(/\.mdx?$/, '') ?? 'Markdown',
        path: '',
      };
      const refuse = (advice: Advice) => {
        throw new UnpublishableFile({ ...place, severity: 'error', ...advice });
      };
      if (!post || post.startsWith('../'))
        return refuse({
          code: 'image-outside-content',
          message: `the image "${node.url}" is in Markdown outside the content folder`,
          fix: 'put images in posts in content/case-studies/ or content/news/',
        });
      const resolved = bodyImagePath(node.url, post);
      if ('problem' in resolved) return refuse(resolved.problem);
      const checked = (await published()).get(publishedKey('body-image', resolved.relative));
      if (!checked)
        return refuse({
          code: 'not-checked-by-validate',
          message: `the image "${resolved.relative}" was not checked by validate, so it cannot be published`,
          fix: 'run npm run validate, fix what it reports, and build again',
        });
      if (sha256(readFileSync(path.join(root, resolved.relative))) !== checked.sha256)
        return refuse({
          code: 'changed-after-validate',
          message: `"${resolved.relative}" changed after validate checked it`,
          fix: 'build again once the file is saved',
        });
      return undefined;
    },
  };
}
