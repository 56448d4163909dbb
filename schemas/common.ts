// Building blocks shared by every content schema. Defaults and normalisation live here, so
// no page or model function has to re-check what a contributor wrote.
import { z } from 'zod';

/** Ids are kebab-case: they become URLs (`/tiers/<id>/`), so they must be safe there. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = () =>
  z.string().regex(KEBAB_CASE, { error: 'kebab-id' }).max(64).meta({
    description: 'A kebab-case id: lowercase letters, digits and single hyphens, e.g. "gold" or "data-platform".',
  });

/** Short single-line text (names, titles, labels). */
export const line = (max = 120) => z.string().trim().min(1).max(max);

/** Longer prose; Markdown is allowed where a page renders it. */
export const prose = (max = 4000) => z.string().trim().min(1).max(max);

/**
 * Links must be http(s): `javascript:` and `data:` links are refused, because content may come
 * from a stranger's pull request.
 */
export const link = () =>
  // `pattern` is for editors only (JSON Schema's "uri" format allows any scheme); zod checks the protocol.
  z.httpUrl().max(2048).meta({ description: 'A full web link starting with https:// (or http://).', pattern: '^https?://' });

/** ISO calendar dates (YYYY-MM-DD), kept as strings so they compare and serialise without time zones. */
export const isoDate = () =>
  z.iso.date().meta({ description: 'A date written as YYYY-MM-DD, e.g. 2025-03-31.' });

export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export const hexColor = () =>
  z.string().regex(HEX_COLOR, { error: 'hex-color' }).meta({
    description: 'A colour as #rgb or #rrggbb, e.g. "#3355ff".',
  });

/**
 * A path to a file inside the content folder, written relative to it (e.g. `logos/acme.svg`).
 * Absolute paths and `..` are refused so a file can never point outside the content folder.
 */
/** Relative, no "." or ".." segments, plain file-name characters. */
export const CONTENT_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\/-]+$/;

export const contentFile = (extensions: readonly string[]) =>
  z
    .string()
    .regex(CONTENT_PATH, { error: 'content-path' })
    .refine((value) => extensions.some((ext) => value.toLowerCase().endsWith(ext)), {
      error: `file-extension:${extensions.join(',')}`,
    })
    .meta({
      description: `A file inside the content folder, written relative to it (${extensions.join(', ')}).`,
    });

export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;

/** A named item with a short description: the shape of most program building blocks. */
export const block = () =>
  z.strictObject({
    title: line(),
    summary: prose(600),
    details: prose().optional(),
    url: link().optional(),
    /** Tier ids this block is available to; every tier when absent. */
    tiers: z.array(id()).optional(),
  });

export const linkItem = () => z.strictObject({ label: line(80), url: link() });
