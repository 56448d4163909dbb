// Absolute URLs for the API, feeds and exports: other systems follow them from anywhere.

import type { Absolute } from '../render/api-v1.ts';
import { absoluteUrl } from './urls.ts';

export function absoluteFor(site: URL | undefined, fallback: string): Absolute {
  return (path: string) => absoluteUrl(path, site, fallback);
}

export function json(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
