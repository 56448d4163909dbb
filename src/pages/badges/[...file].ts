// Every badge file: /badges/<slug>.svg (and .dark, .named, .named.dark), /badges/<slug>.json and
// /badges/<slug>/<certification>.svg (and .dark, .json), as of the build date.
import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeFiles } from '../../site/badge-files.ts';

export const getStaticPaths = (async () => {
  const files = await badgeFiles();
  return [...files.keys()].map((path) => ({ params: { file: path.slice('/badges/'.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const path = `/badges/${params.file}`;
  const body = (await badgeFiles()).get(path)!;
  const type = path.endsWith('.json') ? 'application/json' : 'image/svg+xml';
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
