// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const site = process.env.PARTNERKIT_SITE_URL;

export default defineConfig({
  ...(site ? { site } : {}),
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
});
