// SVG logos come from strangers' pull requests and are served from our domain, so they are held to
// an allow-list: only drawing elements and presentation attributes; no script, event handlers,
// foreign content, external references or embedded images.
import { SaxesParser } from 'saxes';

export interface SvgProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

export const MAX_SVG_BYTES = 100 * 1024;

const ALLOWED_ELEMENTS = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'title', 'desc', 'defs', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'use',
  'symbol', 'style', 'metadata',
]);

const ALLOWED_ATTRIBUTES = new Set([
  'id', 'class', 'viewBox', 'width', 'height', 'xmlns', 'xmlns:xlink', 'version', 'x', 'y', 'x1', 'y1',
  'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'd', 'points', 'fill', 'fill-opacity', 'fill-rule',
  'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-opacity', 'opacity', 'transform', 'gradientUnits', 'gradientTransform',
  'spreadMethod', 'offset', 'stop-color', 'stop-opacity', 'clip-path', 'clip-rule', 'clipPathUnits', 'mask',
  'maskUnits', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'letter-spacing', 'preserveAspectRatio', 'role', 'aria-label', 'aria-hidden', 'focusable', 'href',
  'xlink:href', 'style', 'dx', 'dy', 'xml:space', 'visibility', 'display', 'color', 'vector-effect',
  'paint-order', 'shape-rendering', 'text-rendering', 'baseline-shift', 'lengthAdjust', 'textLength',
]);

/** What one check has seen so far. */
interface SvgCheck {
  problems: SvgProblem[];
  depth: number;
  sawRoot: boolean;
  tagStart: { line: number; column: number };
  // A <style> element's text is checked whole when it closes: text split by comments or child
  // elements could otherwise hide "@imp<!-- -->ort" from a piece-by-piece check.
  style: { start: { line: number; column: number }; text: string } | undefined;
}

/** Checks an SVG document; returns every problem found (empty when the logo is safe). */
export function checkSvg(text: string): SvgProblem[] {
  if (Buffer.byteLength(text) > MAX_SVG_BYTES) {
    return [{ line: 1, column: 1, message: `the SVG is larger than ${MAX_SVG_BYTES / 1024} kB`, fix: 'simplify it (for example with SVGO) or use a PNG' }];
  }
  const check: SvgCheck = { problems: [], depth: 0, sawRoot: false, tagStart: { line: 1, column: 1 }, style: undefined };
  current = check;
  try {
    svgParser ??= createParser();
    svgParser.write(text).close(); // close() also resets the parser for the next file
  } catch (error) {
    svgParser = undefined; // stopped half-way: start the next file on a fresh parser
    if (!(error instanceof StopParsing)) throw error;
  }
  if (!check.sawRoot && check.problems.length === 0) check.problems.push({ line: 1, column: 1, message: 'the file has no <svg> element', fix: 'export the logo as an SVG file' });
  return check.problems;
}

// One parser serves every check in turn (saxes resets itself on close): with thousands of logos,
// a parser and nine handler closures per file cost several times the parsing itself.
let svgParser: SaxesParser | undefined;
let current: SvgCheck;

function createParser(): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const report = (at: { line: number; column: number }, message: string, fix: string) => current.problems.push({ ...at, message, fix });
  const here = (back = 0) => ({ line: parser.line, column: Math.max(1, parser.column - back + 1) });

  parser.on('doctype', () => report(here(), 'the SVG has a DOCTYPE', 'remove the <!DOCTYPE …> line; logos need none'));
  parser.on('processinginstruction', (pi) => {
    if (pi.target !== 'xml') report(here(), `the SVG has a processing instruction <?${pi.target}?>`, 'remove it');
  });
  parser.on('opentagstart', (tag) => {
    // saxes has read one character past the name when it reports the tag.
    current.tagStart = here(tag.name.length + 2);
    if (current.style) report(current.tagStart, `<${tag.name}> inside <style> is not allowed`, 'a <style> element may hold only CSS text');
    if (current.depth === 0) {
      current.sawRoot = true;
      if (tag.name !== 'svg') report(current.tagStart, `the file's root element is <${tag.name}>, not <svg>`, 'export the logo as a plain SVG file');
    }
    if (!ALLOWED_ELEMENTS.has(tag.name)) {
      report(current.tagStart, `<${tag.name}> is not allowed in a logo`, elementFix(tag.name));
    }
  });
  parser.on('attribute', (attribute) => {
    const problem = attributeProblem(attribute.name, attribute.value);
    if (!problem) return;
    const at = attribute.value.includes('\n') ? current.tagStart : here(attribute.name.length + attribute.value.length + 3);
    report(at, problem.message, problem.fix);
  });
  parser.on('comment', () => {
    if (current.style) report(here(), 'a comment inside <style> is not allowed', 'remove the comment');
  });
  parser.on('opentag', (tag) => {
    if (current.depth === 0 && tag.name === 'svg' && !('viewBox' in tag.attributes)) {
      report(current.tagStart, 'the <svg> element has no viewBox', 'add viewBox="0 0 W H" with the drawing\'s width and height, so it scales');
    }
    if (tag.name === 'style' && !current.style) current.style = { start: current.tagStart, text: '' };
    current.depth++; // saxes reports a close tag for self-closing elements too
  });
  parser.on('closetag', (tag) => {
    current.depth--;
    const style = current.style;
    if (tag.name === 'style' && style) {
      const problem = cssProblem(style.text);
      if (problem) report(style.start, problem.message, problem.fix);
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
    report(here(), `the SVG is not well-formed XML: ${reason}`, 'open it in an editor and save it again as SVG');
    throw new StopParsing();
  });
  return parser;
}

class StopParsing extends Error {}

function elementFix(name: string): string {
  if (name === 'script') return 'remove the <script>: logos cannot run code';
  if (name === 'foreignObject') return 'remove the <foreignObject>: logos may contain only SVG drawing elements';
  if (name === 'image') return 'draw the logo with vector shapes, or submit it as a PNG file instead of an SVG wrapping an image';
  if (name === 'a') return 'remove the link: the directory links to your website itself';
  return 'remove it: logos may use only SVG drawing elements (path, rect, circle, g, text, gradients…)';
}

function attributeProblem(name: string, value: string): { message: string; fix: string } | undefined {
  if (/^on/i.test(name)) return { message: `the event handler ${name}="…" is not allowed`, fix: `remove ${name}: logos cannot run code` };
  if (!ALLOWED_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('sodipodi:') && !name.startsWith('inkscape:')) {
    return { message: `the attribute ${name} is not allowed in a logo`, fix: `remove ${name}` };
  }
  if ((name === 'href' || name === 'xlink:href') && !/^#[\w.:-]+$/.test(value.trim())) {
    return { message: `${name}="${value.slice(0, 60)}" points outside the logo`, fix: 'only references to elements inside the same SVG (href="#id") are allowed' };
  }
  if (/javascript:/i.test(value)) return { message: `the attribute ${name} contains a javascript: link`, fix: `remove ${name}` };
  return name === 'style' ? cssProblem(value) : referenceProblem(value);
}

/** CSS functions that fetch something; only url(#id), a reference inside the same SVG, is allowed. */
const LOADING_FUNCTION = /\b(?:url|image-set|image|src|element|cross-fade|expression)\s*\(/i;
const LOCAL_REFERENCE = /url\(\s*(['"]?)#[A-Za-z_][\w.:-]*\1\s*\)/gi;

function referenceProblem(value: string): { message: string; fix: string } | undefined {
  const loading = LOADING_FUNCTION.exec(value.replace(LOCAL_REFERENCE, ''));
  return loading ? { message: `"${value.slice(0, 60)}" loads something from outside the logo`, fix: 'only url(#id) references to the same SVG are allowed' } : undefined;
}

/**
 * Inline style and <style> may not load anything. The check is deliberately blunt: no CSS escapes
 * (which can spell "url" or "@import" in disguise), no @-rules at all, and no loading function but url(#id).
 */
function cssProblem(css: string): { message: string; fix: string } | undefined {
  if (css.includes('\\')) return { message: 'the style uses a CSS escape (\\)', fix: 'write the CSS without backslashes' };
  const atRule = /@[\w-]+/.exec(css);
  if (atRule) return { message: `the style uses ${atRule[0]}`, fix: `remove ${atRule[0]}: logos cannot load other files or use @-rules` };
  const loading = LOADING_FUNCTION.exec(css.replace(LOCAL_REFERENCE, ''));
  if (loading) return { message: `the style loads something with ${loading[0].replace(/\s+/g, '')}…)`, fix: 'only url(#id) references to the same SVG are allowed' };
  if (/javascript:/i.test(css)) return { message: 'the style contains a javascript: link', fix: 'remove it' };
  return undefined;
}
