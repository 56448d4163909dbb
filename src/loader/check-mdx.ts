// Case studies and news come from contributors, and MDX can run code. Before Astro compiles
// anything, the body is parsed and held to: no import/export, no {expressions}, only allow-listed
// components with plain text attributes, and only web, mail or relative links.
import type { Nodes, Root } from 'mdast';
import { type Features, markdownToMdast, mdxToMdast } from 'satteri';
import { listOf } from './did-you-mean.ts';
import type { Finding, ProblemCode } from './problem.ts';

/** Components contributors may use, with the attributes each accepts. The site provides them. */
export type AllowedComponent = 'Callout' | 'Quote' | 'Metric';
export const ALLOWED_COMPONENTS: ReadonlyMap<string, readonly string[]> = new Map<AllowedComponent, readonly string[]>([
  ['Callout', ['type', 'title']],
  ['Quote', ['author', 'role']],
  ['Metric', ['label', 'value']],
]);

/** An image a body shows, as written: `![alt](url)`, or `![alt][name]` with `[name]: url`. */
export interface BodyImage {
  url: string;
  /** Where the image is shown. */
  line: number;
  column: number;
  /** Written reference-style; `url` is then the definition's. */
  reference?: boolean;
}

/** The words of a <Quote> in a body, as readers see them, and where it starts. */
export interface BodyQuote {
  text: string;
  line: number;
  column: number;
}

/** Relative links and web or mail links; anything else (javascript:, data:, …) is refused. */
export function isSafeLink(url: string): boolean {
  const base = 'https://relative.invalid/';
  if (!URL.canParse(url, base)) return false;
  const { protocol } = new URL(url, base);
  return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
}

/** Checks a body written in MDX (`.mdx`) or plain Markdown (`.md`). */
export function checkMdx(body: string, dialect: 'mdx' | 'md'): Finding[] {
  return checkBody(body, dialect).problems;
}

/** Astro's Markdown defaults (astro.config.mjs changes neither): GitHub-flavoured Markdown, smart punctuation. */
export const ASTRO_MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: true };

/** Checks a body, and lists the images it shows and the <Quote>s it holds, for the checks between files (check-body-images.ts, check-repeated-quote.ts). */
export function checkBody(body: string, dialect: 'mdx' | 'md'): { problems: Finding[]; images: BodyImage[]; quotes: BodyQuote[] } {
  let tree: Root;
  try {
    // The tree Astro compiles, from the same parser with the same features: a second parser would
    // read some constructs differently (footnotes, table cells), and what it saw as text could run.
    const parse = dialect === 'mdx' ? mdxToMdast : markdownToMdast;
    tree = parse(body, { features: ASTRO_MARKDOWN_FEATURES, position: true }) as unknown as Root;
  } catch (error) {
    // Sätteri's messages start with the place: "3:7: Unexpected character … (mdx-jsx:…)".
    const text = error instanceof Error ? error.message : String(error);
    const [, line = '1', column = '1', reason = text] = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(text) ?? [];
    return {
      problems: [
        {
          line: Number(line),
          column: Number(column),
          code: 'mdx-syntax',
          message: `the MDX cannot be read: ${reason}`,
          fix: 'write < and { as \\< and \\{ in text, and close every component you open',
        },
      ],
      images: [],
      quotes: [],
    };
  }
  const problems: Finding[] = [];
  const images: BodyImage[] = [];
  const quotes: BodyQuote[] = [];
  const definitions = new Map<string, string>();
  const references: Array<{ name: string; line: number; column: number }> = [];
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const report = (code: ProblemCode, message: string, fix: string) => problems.push({ ...at, code, message, fix });
    switch (node.type) {
      case 'mdxjsEsm':
        report('mdx-import-export', 'import and export statements are not allowed', 'remove the line; use the components listed in the README instead');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report('mdx-expression', '{expressions} are not allowed', 'write the text itself; to show a literal brace write \\{');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = ALLOWED_COMPONENTS.get(name);
        if (!allowed) {
          report(
            'component-not-allowed',
            `<${name || '>'}${name ? '>' : ''} is not an allowed component`,
            `use Markdown, or one of: ${listOf([...ALLOWED_COMPONENTS.keys()])}`,
          );
          break;
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report('component-attribute-expression', `<${name}> has a {…} attribute`, `write attributes as name="text"; ${name} accepts ${listOf(allowed)}`);
          } else if (!allowed.includes(attribute.name)) {
            report('component-attribute-not-allowed', `<${name}> has no attribute "${attribute.name}"`, `${name} accepts ${listOf(allowed)}`);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            report('component-attribute-expression', `<${name} ${attribute.name}={…}> uses an expression`, `write it as ${attribute.name}="text"`);
          }
        }
        if (name === 'Quote') quotes.push({ text: textOf(node), ...at });
        break;
      }
      case 'html':
        report('raw-html', 'raw HTML is not allowed', 'use Markdown instead (or write the post as .mdx with allowed components)');
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeLink(node.url.trim())) {
          report('unsafe-link', `the link "${node.url.slice(0, 60)}" is not a web, mail or relative link`, 'use a link starting with https://, mailto: or /');
        }
        if (node.type === 'image') images.push({ url: node.url, ...at });
        // The first definition of a name is the one Markdown uses.
        if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
        break;
      case 'imageReference':
        references.push({ name: node.identifier, ...at });
        break;
    }
  });
  for (const { name, ...at } of references) {
    const url = definitions.get(name);
    if (url !== undefined) images.push({ url, ...at, reference: true });
  }
  return { problems, images, quotes };
}

/** The text a node shows, its descendants' text values joined. */
function textOf(root: Nodes): string {
  const parts: string[] = [];
  visit(root, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
  });
  return parts.join(' ');
}

/** Every node, depth first, without recursion: deeply nested Markdown cannot overflow the stack. */
function visit(root: Nodes, callback: (node: Nodes) => void) {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    callback(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
