// Badge files for `astro dev`. The build writes them directly instead (src/integrations/static-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileIn, nameInFolder } from '../../routes.ts';
import { badgeFile, badgeRendererMap } from '../../site/badge-files.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  return [...(await badgeRendererMap()).keys()].map((path) => ({ params: { file: nameInFolder('badges', path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const path = fileIn('badges', params.file!);
  const type = path.endsWith('.json') ? 'application/json' : 'image/svg+xml';
  return new Response(await badgeFile(path), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
