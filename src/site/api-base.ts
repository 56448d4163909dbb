// Absolute URLs for the API, feeds and exports: other systems follow them from anywhere.

import type { Absolute } from '../render/api-v1.ts';
import { absoluteUrl } from './urls.ts';

export function absoluteFor(site: URL | undefined, fallback: string): Absolute {
  return (path: string) => absoluteUrl(path, site, fallback);
}

/** A JSON response, minified: the API is read by programs, and 50,000 partners pretty-printed weigh five times as much. */
export function json(body: unknown): Response {
  return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Newline-delimited JSON: one document a line, so a client can read a large export record by record. */
export function ndjson(records: readonly unknown[]): Response {
  return new Response(records.map((record) => `${JSON.stringify(record)}\n`).join(''), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
}
