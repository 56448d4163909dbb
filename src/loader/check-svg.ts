// SVG logos come from strangers' pull requests and are served from our domain, so they are held to
// an allow-list: only drawing elements and presentation attributes; no script, event handlers,
// foreign content, external references or embedded images. The build also draws them with sharp,
// so their size, nesting and the work their references expand to are held to SVG_LIMITS.
import { SaxesParser } from 'saxes';
import { MAX_SVG_BYTES, SVG_LIMITS } from '../shared/image-limits.ts';
import type { Advice, Finding, Position, ProblemCode } from './problem.ts';

export { MAX_SVG_BYTES };

/** What the check found out about a safe SVG, besides its problems. */
export interface SvgAnalysis {
  problems: Finding[];
  /** Elements drawn once every reference is expanded (0 when the file has problems). */
  drawnElements: number;
}

const ALLOWED_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'use',
  'symbol',
  'style',
  'metadata',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'id',
  'class',
  'viewBox',
  'width',
  'height',
  'xmlns',
  'xmlns:xlink',
  'version',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'opacity',
  'transform',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'clip-path',
  'clip-rule',
  'clipPathUnits',
  'mask',
  'maskUnits',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'preserveAspectRatio',
  'role',
  'aria-label',
  'aria-hidden',
  'focusable',
  'href',
  'xlink:href',
  'style',
  'dx',
  'dy',
  'xml:space',
  'visibility',
  'display',
  'color',
  'vector-effect',
  'paint-order',
  'shape-rendering',
  'text-rendering',
  'baseline-shift',
  'lengthAdjust',
  'textLength',
]);

/** What one check has seen so far. */
interface SvgCheck {
  problems: Finding[];
  depth: number;
  sawRoot: boolean;
  tagStart: { line: number; column: number };
  // A <style> element's text is checked whole when it closes: text split by comments or child
  // elements could otherwise hide "@imp<!-- -->ort" from a piece-by-piece check.
  style: { start: { line: number; column: number }; text: string } | undefined;
  /** Every element in document order, for counting what its references expand to. */
  elements: SvgElement[];
  /** Elements open around the parser's position, innermost last. */
  open: number[];
  ids: Map<string, number>;
  /** url(#id) references in <style> sheets: a selector may apply them to any element. */
  sheetReferences: Array<{ id: string; at: { line: number; column: number } }>;
  tooDeep: boolean;
  /** What the file is published as, for the messages. */
  words: Words;
}

/** Logos and images in posts are held to the same rules; the messages name what the file is. */
const WORDS = {
  logo: { a: 'a logo', the: 'the logo', some: 'logos' },
  image: { a: 'an image', the: 'the image', some: 'images' },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

interface SvgElement {
  name: string;
  at: { line: number; column: number };
  children: number[];
  /** Ids this element draws again: <use href="#id">, clip-path="url(#id)", mask="url(#id)". */
  references: string[];
}

/** Checks an SVG document; returns every problem found (empty when the logo is safe). */
export function checkSvg(text: string, what: keyof typeof WORDS = 'logo'): Finding[] {
  return analyseSvg(text, what).problems;
}

/** Checks an SVG document, and counts the elements it draws (see SVG_LIMITS). */
export function analyseSvg(text: string, what: keyof typeof WORDS = 'logo'): SvgAnalysis {
  if (Buffer.byteLength(text) > MAX_SVG_BYTES) {
    return {
      problems: [
        {
          line: 1,
          column: 1,
          code: 'file-too-large',
          message: `the SVG is larger than ${MAX_SVG_BYTES / 1024} kB`,
          fix: 'simplify it (for example with SVGO) or use a PNG',
        },
      ],
      drawnElements: 0,
    };
  }
  const check: SvgCheck = {
    problems: [],
    depth: 0,
    sawRoot: false,
    tagStart: { line: 1, column: 1 },
    style: undefined,
    elements: [],
    open: [],
    ids: new Map(),
    sheetReferences: [],
    tooDeep: false,
    words: WORDS[what],
  };
  current = check;
  try {
    svgParser ??= createParser();
    svgParser.write(text).close(); // close() also resets the parser for the next file
  } catch (error) {
    svgParser = undefined; // stopped half-way: start the next file on a fresh parser
    if (!(error instanceof StopParsing)) throw error;
  }
  if (!check.sawRoot && check.problems.length === 0)
    check.problems.push({
      line: 1,
      column: 1,
      code: 'svg-root-not-svg',
      message: 'the file has no <svg> element',
      fix: `export ${check.words.the} as an SVG file`,
    });
  if (check.problems.length) return { problems: check.problems, drawnElements: 0 };
  const drawn = countDrawnElements(check);
  return { problems: drawn.problem ? [drawn.problem] : [], drawnElements: drawn.count };
}

// One parser serves every check in turn (saxes resets itself on close): with thousands of logos,
// a parser and nine handler closures per file cost several times the parsing itself.
let svgParser: SaxesParser | undefined;
let current: SvgCheck;

function createParser(): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const report = (at: Position, advice: Advice) => current.problems.push({ ...at, ...advice });
  const advice = (code: ProblemCode, message: string, fix: string): Advice => ({ code, message, fix });
  const here = (back = 0) => ({ line: parser.line, column: Math.max(1, parser.column - back + 1) });

  parser.on('xmldecl', (declaration) => {
    // libxml2, which draws the file in the build, would read the bytes in the encoding declared.
    if (declaration.encoding && !/^utf-?8$/i.test(declaration.encoding))
      report(
        here(),
        advice(
          'svg-encoding',
          `the SVG declares encoding="${declaration.encoding.slice(0, 20)}"`,
          'save it as UTF-8, and write encoding="UTF-8" or leave it out',
        ),
      );
  });
  parser.on('doctype', () => report(here(), advice('svg-doctype', 'the SVG has a DOCTYPE', `remove the <!DOCTYPE …> line; ${current.words.some} need none`)));
  parser.on('processinginstruction', (pi) => {
    if (pi.target !== 'xml') report(here(), advice('svg-processing-instruction', `the SVG has a processing instruction <?${pi.target}?>`, 'remove it'));
  });
  parser.on('opentagstart', (tag) => {
    // saxes has read one character past the name when it reports the tag.
    current.tagStart = here(tag.name.length + 2);
    if (current.style)
      report(current.tagStart, advice('svg-style-not-allowed', `<${tag.name}> inside <style> is not allowed`, 'a <style> element may hold only CSS text'));
    if (current.depth === 0) {
      current.sawRoot = true;
      if (tag.name !== 'svg')
        report(
          current.tagStart,
          advice('svg-root-not-svg', `the file's root element is <${tag.name}>, not <svg>`, `export ${current.words.the} as a plain SVG file`),
        );
    }
    if (!ALLOWED_ELEMENTS.has(tag.name)) {
      report(current.tagStart, advice('svg-element-not-allowed', `<${tag.name}> is not allowed in ${current.words.a}`, elementFix(tag.name)));
    }
    if (current.depth >= SVG_LIMITS.maxDepth && !current.tooDeep) {
      current.tooDeep = true;
      report(
        current.tagStart,
        advice(
          'svg-too-deep',
          `the SVG nests elements more than ${SVG_LIMITS.maxDepth} deep`,
          `ungroup the nested groups in your editor, or export ${current.words.the} again`,
        ),
      );
    }
    const index = current.elements.push({ name: tag.name, at: current.tagStart, children: [], references: [] }) - 1;
    const parent = current.open.at(-1);
    if (parent !== undefined) current.elements[parent]!.children.push(index);
    current.open.push(index);
  });
  parser.on('attribute', (attribute) => {
    noteReferences(attribute.name, attribute.value);
    const problem = attributeProblem(attribute.name, attribute.value);
    if (!problem) return;
    const at = attribute.value.includes('\n') ? current.tagStart : here(attribute.name.length + attribute.value.length + 3);
    report(at, problem);
  });
  parser.on('comment', () => {
    if (current.style) report(here(), advice('svg-style-not-allowed', 'a comment inside <style> is not allowed', 'remove the comment'));
  });
  parser.on('opentag', (tag) => {
    if (current.depth === 0 && tag.name === 'svg') {
      const attributes = tag.attributes as Record<string, string>;
      if (!('viewBox' in attributes))
        report(
          current.tagStart,
          advice('svg-no-viewbox', 'the <svg> element has no viewBox', 'add viewBox="0 0 W H" with the drawing\'s width and height, so it scales'),
        );
      else {
        const problem = sizeProblem(attributes);
        if (problem) report(current.tagStart, problem);
      }
    }
    if (tag.name === 'style' && !current.style) current.style = { start: current.tagStart, text: '' };
    current.depth++; // saxes reports a close tag for self-closing elements too
  });
  parser.on('closetag', (tag) => {
    current.depth--;
    current.open.pop();
    const style = current.style;
    if (tag.name === 'style' && style) {
      const problem = cssProblem(style.text);
      if (problem) report(style.start, problem);
      for (const id of localReferences(style.text)) current.sheetReferences.push({ id, at: style.start });
      current.style = undefined;
    }
  });
  const checkText = (text: string) => {
    if (current.style) current.style.text += text;
  };
  parser.on('text', checkText);
  parser.on('cdata', checkText);
  parser.on('error', (error) => {
    // saxes' messages start with "line:column: ".
    const reason = error.message.replace(/^\d+:\d+:\s*/, '');
    report(here(), advice('svg-not-well-formed', `the SVG is not well-formed XML: ${reason}`, 'open it in an editor and save it again as SVG'));
    throw new StopParsing();
  });
  return parser;
}

class StopParsing extends Error {}

/** Records the ids an element defines and the elements it draws again (see countDrawnElements). */
function noteReferences(name: string, value: string) {
  const index = current.open.at(-1);
  if (index === undefined) return;
  const element = current.elements[index]!;
  if (name === 'id') {
    if (!current.ids.has(value.trim())) current.ids.set(value.trim(), index);
  } else if (name === 'href' || name === 'xlink:href') {
    const target = /^\s*#([\w.:-]+)\s*$/.exec(value);
    if (target) element.references.push(target[1]!);
  } else if (value.includes('url(')) {
    element.references.push(...localReferences(value));
  }
}

const LOCAL_REFERENCE_ID = /url\(\s*(['"]?)#([A-Za-z_][\w.:-]*)\1\s*\)/gi;
const localReferences = (text: string) => [...text.matchAll(LOCAL_REFERENCE_ID)].map((match) => match[2]!);

/** Gradients are paints: referring to one does not draw its elements again. */
const PAINTS = new Set(['linearGradient', 'radialGradient']);
/** Elements whose content is drawn only where something refers to it, not where it stands. */
const TEMPLATES = new Set(['defs', 'symbol', 'clipPath', 'mask', ...PAINTS]);

/**
 * The elements sharp will draw, every reference expanded: a few <use> elements referring to
 * groups of <use> elements can ask for billions of drawings from a file of a few hundred bytes
 * (librsvg gives up after minutes). A reference from a style sheet may apply to any element, so
 * it is counted once per element. References that loop are refused, as librsvg refuses them.
 */
function countDrawnElements(check: SvgCheck): { count: number; problem?: Finding } {
  const { elements, ids } = check;
  const limit = SVG_LIMITS.maxDrawnElements;
  const targetOf = (id: string) => {
    const index = ids.get(id);
    return index !== undefined && !PAINTS.has(elements[index]!.name) ? index : undefined;
  };
  const drawn = new Array<number>(elements.length).fill(0);
  const state = new Uint8Array(elements.length); // 0 not seen, 1 waiting for what it draws, 2 counted
  let loop: { at: { line: number; column: number }; id: string } | undefined;
  let largest: { at: { line: number; column: number }; count: number } | undefined;
  // Depth first without recursion: a chain of references as long as the file allows cannot overflow the stack.
  const stack = elements.length ? [0] : [];
  while (stack.length) {
    const index = stack.at(-1)!;
    const element = elements[index]!;
    if (state[index] === 0) {
      state[index] = 1;
      // Pushed last to first, so they are counted in document order (and the first culprit is blamed).
      for (let i = element.references.length - 1; i >= 0; i--) {
        const id = element.references[i]!;
        const target = targetOf(id);
        if (target === undefined) continue;
        if (state[target] === 1) loop ??= { at: element.at, id };
        else if (state[target] === 0) stack.push(target);
      }
      for (let i = element.children.length - 1; i >= 0; i--) if (state[element.children[i]!] === 0) stack.push(element.children[i]!);
      continue;
    }
    stack.pop();
    if (state[index] === 2) continue;
    let count = 1;
    for (const child of element.children) if (!TEMPLATES.has(elements[child]!.name)) count += drawn[child]!;
    for (const id of element.references) {
      const target = targetOf(id);
      if (target === undefined || state[target] !== 2) continue;
      count += drawn[target]!;
      if (!largest || drawn[target]! > largest.count) largest = { at: element.at, count: drawn[target]! };
    }
    drawn[index] = Math.min(count, limit + 1);
    state[index] = 2;
  }
  if (loop)
    return {
      count: 0,
      problem: {
        ...loop.at,
        code: 'svg-reference-loop',
        message: `the reference to "#${loop.id}" makes the drawing contain itself`,
        fix: 'point it at another element, or remove it',
      },
    };
  let count = drawn[0] ?? 0;
  let sheet: SvgCheck['sheetReferences'][number] | undefined;
  for (const reference of check.sheetReferences) {
    const target = targetOf(reference.id);
    if (target === undefined) continue;
    count += (drawn[target] ?? 0) * elements.length;
    sheet ??= reference;
  }
  if (count <= limit) return { count };
  const at = sheet && (!largest || drawn[0]! <= limit) ? sheet.at : (largest?.at ?? elements[0]!.at);
  return {
    count,
    problem: {
      ...at,
      code: 'svg-too-many-elements',
      message: `the references (<use>, clip-path, mask) make the drawing more than ${limit.toLocaleString('en')} elements`,
      fix: 'draw each repeated part once: expand the references in your editor and simplify the result',
    },
  };
}

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const VIEW_BOX = new RegExp(String.raw`^\s*(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})[\s,]+(${NUMBER})\s*$`);
const LENGTH = new RegExp(String.raw`^\s*(${NUMBER})\s*(px|in|cm|mm|pt|pc)?\s*$`);
/** CSS pixels per unit as sharp draws SVGs (72 dots per inch at its default density). */
const PIXELS_PER: Record<string, number> = { px: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1, pc: 12 };
const PERCENT = new RegExp(String.raw`^\s*${NUMBER}\s*%\s*$`);

/**
 * The size the root <svg> is drawn at, in pixels, as librsvg (sharp's SVG reader) works it out:
 * width and height, the viewBox's proportions filling in a missing one, the viewBox alone without
 * either. Font-relative units (em, ex) are refused rather than guessed at.
 */
export function drawnSize(attributes: Record<string, string>): { width: number; height: number } | { problem: Advice } {
  const box = VIEW_BOX.exec(attributes.viewBox ?? '');
  const boxWidth = Number(box?.[3]);
  const boxHeight = Number(box?.[4]);
  if (!box || !(boxWidth > 0 && boxHeight > 0 && Number.isFinite(boxWidth * boxHeight))) {
    return {
      problem: {
        code: 'svg-invalid-size',
        message: `the viewBox "${(attributes.viewBox ?? '').slice(0, 40)}" is not four numbers with a width and height above 0`,
        fix: 'write viewBox="0 0 W H" with the drawing\'s width and height',
      },
    };
  }
  const lengths: Array<number | undefined> = [];
  for (const name of ['width', 'height'] as const) {
    const value = attributes[name];
    const length = value === undefined ? undefined : LENGTH.exec(value);
    if (value !== undefined && !length && !PERCENT.test(value)) {
      return {
        problem: {
          code: 'svg-invalid-size',
          message: `${name}="${value.slice(0, 20)}" is not a length in pixels, mm, cm, in, pt or pc`,
          fix: `write it in pixels, e.g. ${name}="120", or remove it`,
        },
      };
    }
    lengths.push(length ? Number(length[1]) * PIXELS_PER[length[2] ?? 'px']! : undefined);
  }
  const [width, height] = lengths;
  if (width !== undefined && height !== undefined) return { width, height };
  if (width !== undefined) return { width, height: (width * boxHeight) / boxWidth };
  if (height !== undefined) return { width: (height * boxWidth) / boxHeight, height };
  return { width: boxWidth, height: boxHeight };
}

/** Sizes sharp can draw in any box the build uses: not empty, not enormous, not a thread. */
function sizeProblem(attributes: Record<string, string>): Advice | undefined {
  const size = drawnSize(attributes);
  if ('problem' in size) return size.problem;
  const { minSide, maxSide, maxAspectRatio } = SVG_LIMITS;
  const shown = `${+size.width.toFixed(2)}×${+size.height.toFixed(2)}`;
  const [short, long] = [Math.min(size.width, size.height), Math.max(size.width, size.height)];
  if (!(short >= minSide))
    return {
      code: 'svg-size-out-of-range',
      message: `the drawing is ${shown} pixels, too small to draw`,
      fix: `set width and height (or the viewBox) to ${current.words.the}'s real size, at least ${minSide} on each side`,
    };
  if (long > maxSide)
    return {
      code: 'svg-size-out-of-range',
      message: `the drawing is ${shown} pixels; the limit is ${maxSide.toLocaleString('en')} on each side`,
      fix: 'scale width and height (or the viewBox) down to the real size',
    };
  if (long / short > maxAspectRatio)
    return {
      code: 'svg-size-out-of-range',
      message: `the drawing is ${shown} pixels, one side is more than ${maxAspectRatio} times the other`,
      fix: 'crop it closer to the artwork, or set a viewBox that fits it',
    };
  return undefined;
}

function elementFix(name: string): string {
  const { the, some } = current.words;
  if (name === 'script') return `remove the <script>: ${some} cannot run code`;
  if (name === 'foreignObject') return `remove the <foreignObject>: ${some} may contain only SVG drawing elements`;
  if (name === 'image') return `draw ${the} with vector shapes, or submit it as a PNG file instead of an SVG wrapping an image`;
  if (name === 'a') return 'remove the link: the directory links to your website itself';
  return `remove it: ${some} may use only SVG drawing elements (path, rect, circle, g, text, gradients…)`;
}

function attributeProblem(name: string, value: string): Advice | undefined {
  if (/^on/i.test(name))
    return { code: 'svg-event-handler', message: `the event handler ${name}="…" is not allowed`, fix: `remove ${name}: ${current.words.some} cannot run code` };
  if (!ALLOWED_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('sodipodi:') && !name.startsWith('inkscape:')) {
    return { code: 'svg-attribute-not-allowed', message: `the attribute ${name} is not allowed in ${current.words.a}`, fix: `remove ${name}` };
  }
  if ((name === 'href' || name === 'xlink:href') && !/^#[\w.:-]+$/.test(value.trim())) {
    return {
      code: 'svg-external-reference',
      message: `${name}="${value.slice(0, 60)}" points outside ${current.words.the}`,
      fix: 'only references to elements inside the same SVG (href="#id") are allowed',
    };
  }
  if (/javascript:/i.test(value))
    return { code: 'svg-attribute-not-allowed', message: `the attribute ${name} contains a javascript: link`, fix: `remove ${name}` };
  return name === 'style' ? cssProblem(value) : referenceProblem(value);
}

/** CSS functions that fetch something; only url(#id), a reference inside the same SVG, is allowed. */
const LOADING_FUNCTION = /\b(?:url|image-set|image|src|element|cross-fade|expression)\s*\(/i;
const LOCAL_REFERENCE = /url\(\s*(['"]?)#[A-Za-z_][\w.:-]*\1\s*\)/gi;

function referenceProblem(value: string): Advice | undefined {
  const loading = LOADING_FUNCTION.exec(value.replace(LOCAL_REFERENCE, ''));
  return loading
    ? {
        code: 'svg-external-reference',
        message: `"${value.slice(0, 60)}" loads something from outside ${current.words.the}`,
        fix: 'only url(#id) references to the same SVG are allowed',
      }
    : undefined;
}

/**
 * Inline style and <style> may not load anything. The check is deliberately blunt: no CSS escapes
 * (which can spell "url" or "@import" in disguise), no @-rules at all, and no loading function but url(#id).
 */
function cssProblem(css: string): Advice | undefined {
  if (css.includes('\\')) return { code: 'svg-style-not-allowed', message: 'the style uses a CSS escape (\\)', fix: 'write the CSS without backslashes' };
  const atRule = /@[\w-]+/.exec(css);
  if (atRule)
    return {
      code: 'svg-style-not-allowed',
      message: `the style uses ${atRule[0]}`,
      fix: `remove ${atRule[0]}: ${current.words.some} cannot load other files or use @-rules`,
    };
  // The filter element and attribute are not on the allow-list; CSS filter functions (blur(), drop-shadow()) would bring them back.
  const filter = /(?:^|[\s;{])((?:-webkit-)?(?:backdrop-)?filter)\s*:/i.exec(css);
  if (filter)
    return {
      code: 'svg-style-not-allowed',
      message: `the style uses ${filter[1]!.toLowerCase()}`,
      fix: `remove it: ${current.words.some} cannot use filter effects (blur, shadows); flatten the effect in your editor`,
    };
  const loading = LOADING_FUNCTION.exec(css.replace(LOCAL_REFERENCE, ''));
  if (loading)
    return {
      code: 'svg-external-reference',
      message: `the style loads something with ${loading[0].replace(/\s+/g, '')}…)`,
      fix: 'only url(#id) references to the same SVG are allowed',
    };
  if (/javascript:/i.test(css)) return { code: 'svg-style-not-allowed', message: 'the style contains a javascript: link', fix: 'remove it' };
  return undefined;
}
