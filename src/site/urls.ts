// Site paths, with the deployment's base path (e.g. /repo/ on GitHub Pages project sites).

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `/partners/acme/` → `/base/partners/acme/` */
export function href(path: string): string {
  return `${base}${path}`;
}

/** An absolute URL for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: URL | undefined, fallback: string): string {
  return new URL(href(path), site ?? fallback).toString();
}
