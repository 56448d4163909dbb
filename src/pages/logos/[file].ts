// Optimised logos (WebP, content-hashed names), made by the model with sharp and cached. This route
// serves them in `astro dev`; the build copies them directly (src/integrations/static-files.ts).
import { readFile } from 'node:fs/promises';
import { files } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { nameInFolder } from '../../routes.ts';

export const getStaticPaths = (() => {
  if (import.meta.env.PROD) return [];
  return [...files].map(([path, file]) => ({ params: { file: nameInFolder('logos', path) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile((props as { file: string }).file);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
