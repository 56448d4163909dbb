// Absolute URLs of site paths, with the deployment's base path (src/routes.ts).
import { href } from '../routes.ts';

/** An absolute URL for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | undefined, fallback: string): string {
  return new URL(href(path), site ?? fallback).toString();
}
