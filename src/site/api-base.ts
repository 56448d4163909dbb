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

/**
 * Newline-delimited JSON: one document a line, so a client can read a large export record by record.
 * JSON.stringify escapes line feeds but not U+2028 and U+2029, which some readers (Python's
 * splitlines) take for line ends too: escaped here, so a record is one line for every reader.
 */
export function ndjson(records: readonly unknown[]): Response {
  const line = (record: unknown) => `${JSON.stringify(record).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}\n`;
  return new Response(records.map(line).join(''), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
}
