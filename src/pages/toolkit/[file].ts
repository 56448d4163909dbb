// The toolkit's downloads: originals, PNG and WebP renditions, and the ZIP of the whole kit.
import type { APIRoute, GetStaticPaths } from 'astro';
import { nameInFolder, routes } from '../../routes.ts';
import { getToolkit } from '../../site/toolkit-files.ts';

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

export const getStaticPaths = (async () => {
  const { files } = await getToolkit();
  return [...files.keys()].map((path) => ({ params: { file: nameInFolder('toolkit', path) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const bytes = (await getToolkit()).files.get(routes.toolkitFile(params.file!))!;
  const extension = params.file!.slice(params.file!.lastIndexOf('.') + 1);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
};
