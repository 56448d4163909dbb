// Optimised logos (WebP, content-hashed names), made by the model with sharp and cached.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuiltModel } from '../../site/get-model.ts';

export const getStaticPaths = (async () => {
  const { files } = await getBuiltModel();
  return [...files].map(([path, file]) => ({ params: { file: path.slice('/logos/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile((props as { file: string }).file);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/webp' } });
};
