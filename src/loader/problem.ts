// A problem found in content: where it is, what is wrong, and how to fix it, with a code that says
// which kind of problem it is. Every check in the loader produces these; the CLI and the Astro
// build print them the same way, and `--format json` carries the code so tools can filter by it.

export type Severity = 'error' | 'warning';

/** Each kind of problem, by a code that stays the same whatever the message says. */
export const PROBLEM_CODES = [
  // The content folder and its files.
  'no-content-folder',
  'required-file-missing',
  'symbolic-link',
  'folder-is-a-file',
  'folder-in-collection',
  'wrong-extension',
  'same-name-files',
  'not-read',
  'file-name-not-kebab-case',
  'reserved-file-name',
  'not-utf8',
  'file-too-large',
  'empty-file',
  'missing-schema-line',
  'no-front-matter',
  'toml-front-matter',
  'text-after-front-matter',
  // YAML itself.
  'yaml-syntax',
  'several-documents',
  'alias-expansion',
  'unsafe-character',
  // A file against its schema.
  'not-a-mapping',
  'merge-key',
  'id-field',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'wrong-shape',
  'not-an-option',
  'invalid-value',
  'invalid-id',
  'invalid-email',
  'invalid-link',
  'unsafe-link',
  'link-with-credentials',
  'invalid-date',
  'not-a-calendar-day',
  'date-out-of-range',
  'amount-finer-than-currency',
  'expires-before-earned',
  'named-group',
  'invalid-colour',
  'invalid-content-path',
  'invalid-currency',
  'missing-currency',
  'currency-not-needed',
  'invalid-period',
  'invalid-language',
  'unknown-country',
  'unknown-language',
  'year-in-future',
  'empty-text',
  'text-too-short',
  'text-too-long',
  'too-few-items',
  'too-many-items',
  'number-too-small',
  'number-too-large',
  'duplicate-item',
  // Markdown and MDX bodies.
  'mdx-syntax',
  'mdx-import-export',
  'mdx-expression',
  'component-not-allowed',
  'component-attribute-not-allowed',
  'component-attribute-expression',
  'raw-html',
  'image-path-not-allowed',
  'image-on-another-website',
  'image-outside-content',
  'reference-style-image',
  'quote-repeated',
  // Files content names: logos, brand assets, images in posts.
  'missing-file',
  'file-is-a-folder',
  'not-a-regular-file',
  'unsupported-file-type',
  'wrong-file-type',
  'unreadable-image',
  'damaged-image',
  'image-too-small',
  'image-too-large',
  'too-many-pixels',
  'slow-image',
  'undrawable-image',
  // SVG files.
  'svg-not-well-formed',
  'svg-encoding',
  'svg-doctype',
  'svg-processing-instruction',
  'svg-root-not-svg',
  'svg-element-not-allowed',
  'svg-attribute-not-allowed',
  'svg-event-handler',
  'svg-external-reference',
  'svg-style-not-allowed',
  'svg-too-deep',
  'svg-no-viewbox',
  'svg-invalid-size',
  'svg-size-out-of-range',
  'svg-reference-loop',
  'svg-too-many-elements',
  // Between files.
  'unknown-value',
  'currency-mismatch',
  'metric-recorded-twice',
  'period-across-boundary',
  'no-partner-for-ledger',
  'duplicate-name',
  'look-alike-name',
  'similar-name',
  'mixed-script-word',
  'duplicate-website',
  'former-slug-is-own-slug',
  'former-slug-reserved',
  'former-slug-taken',
  'former-slug-claimed-twice',
  'toolkit-name-taken',
  'certification-expiring',
  'review-overdue',
  'signup-page-missing',
  'low-contrast',
  'old-and-new-form',
  'fee-never-shown',
  'tier-without-track',
  'tier-outside-track',
  // The build, publishing a file.
  'not-checked-by-validate',
  'changed-after-validate',
  'cannot-convert',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What is wrong and how to fix it, in words for a partner's marketing person, and which kind of problem it is. */
export interface Advice {
  code: ProblemCode;
  message: string;
  fix: string;
}

/** A place in a text, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** Advice at a place in the text a check read: a YAML file, a Markdown or MDX body, an SVG. */
export interface Finding extends Advice, Position {}

/** A finding placed in a content file: the file, the entry and field it concerns, and how serious it is. */
export interface Problem extends Finding {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  /** The entry the file defines, e.g. `partners/acme` or `program`. */
  entry: string;
  /** The field, by name: `contacts[1].email`, `tiers[gold].fee`; empty for the whole file. */
  path: string;
  severity: Severity;
}

export const byFileAndLine = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path);
