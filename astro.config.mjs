// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { partnerkitBodyImageGuard } from './src/integrations/body-image-guard.ts';
import { partnerkitCredentials } from './src/integrations/credentials.ts';
import { partnerkitModel } from './src/integrations/model.ts';
import { modelBuild } from './src/integrations/model-build.ts';
import { partnerkitPublicGuard } from './src/integrations/public-guard.ts';
import { partnerkitStaticFiles } from './src/integrations/static-files.ts';
import { BASE_PATH, sitePathOf } from './src/routes.ts';
import { siteDirectory } from './src/settings.ts';
import { MAX_IMAGE_PIXELS } from './src/shared/image-limits.ts';
import { siteUrl } from './src/site/site-url.ts';

// The model, computed once per build: handed to the pages by the first integration, to the
// second, which writes the badges and logos after the pages, and to the sitemap's filter.
const build = modelBuild();

export default defineConfig({
  // Canonical URLs, the sitemap and feeds need the published address: program.yaml's site.url,
  // or PARTNERKIT_SITE_URL for preview deployments.
  site: await siteUrl(),
  base: BASE_PATH,
  // PARTNERKIT_AUDIENCE decides: the internal site goes to dist-internal/, never over the public one.
  outDir: siteDirectory(build.audience),
  integrations: [
    partnerkitBodyImageGuard(build),
    mdx(),
    partnerkitModel(build),
    partnerkitStaticFiles(build),
    // Signs and writes the credentials, when PARTNERKIT_SIGNING_KEY holds a key.
    partnerkitCredentials(build),
    partnerkitPublicGuard(build),
    // The sitemap lists real pages only: not the redirects left by renamed partners. The internal
    // site has none: nothing should find it.
    ...(build.audience === 'public' ? [sitemap({ filter: (page) => !build.redirectPaths().has(sitePathOf(new URL(page).pathname)) })] : []),
  ],
  // 'always' made the dev server look for /theme.css/ and /badges/x.svg/; links are written with their slash anyway.
  trailingSlash: 'ignore',
  // Prism marks code with classes; Shiki's inline styles would break the Content-Security-Policy.
  markdown: { syntaxHighlight: 'prism' },
  // Images in posts are decoded with the pixel limit validate checks them against (src/shared/image-limits.ts).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_IMAGE_PIXELS } } },
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: Number(process.env.PARTNERKIT_BUILD_CONCURRENCY ?? 1) },
  vite: {
    build: {
      // Scripts become files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks every compiled MDX module this way; the bundler's warning about it is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    // A strict policy: only this site's own files. Pagefind compiles its WebAssembly index reader,
    // which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
