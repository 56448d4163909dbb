// `node bench/issue-body.ts [--size N] [--runs R]`: how long from-issue's parser takes on hostile issue
// bodies of N characters (default 100,000), one shape per answer it reads. Each shape targets a
// regular expression's backtracking; linear parsing keeps every one near a millisecond.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseIssueBody } from '../src/cli/parse-issue-body.ts';
import { readProgram } from '../src/cli/read-program.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } } });
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 100 || !Number.isInteger(runs) || runs < 1) {
  console.error('bench: --size takes a whole number ≥ 100, --runs one ≥ 1');
  process.exit(2);
}

const answer = (label: string, text: string) => `### Company name\n\nQuoll Works\n\n### ${label}\n\n${text}\n`;
const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Shapes that make a backtracking regular expression retry from every position. */
const HOSTILE_BODIES: Record<string, string> = {
  'contact: spaces, no address': answer('Public contact', `a${repeat(' ')}x`),
  'contact: a run of "<"': answer('Public contact', repeat('<')),
  'contact: "<" runs, no ">"': answer('Public contact', `Ada ${repeat('<a ')}`),
  'choice: "(" runs': answer('Tier you apply for', repeat('(a')),
  'choice: spaces after ")"': answer('Partner types', `x)${repeat(' ')}y`),
  'logo: "(http://" runs': answer('Logo', repeat('(http://')),
  'services: "- " runs': answer('Services', repeat('- ')),
  'headings: "### " runs': repeat('### '),
  'line breaks: CR LF runs': answer('About you', repeat('\r\n')),
  'country: one long name': answer('Headquarters country', repeat('a')),
  'languages: "en," runs': answer('Languages you work in', repeat('en,')),
  'year: one long number': answer('Year founded', repeat('1')),
};

const program = await readProgram(path.resolve('content'));
console.log(`from-issue's parser on ${size.toLocaleString('en')}-character hostile bodies (best of ${runs}):`);
for (const [shape, body] of Object.entries(HOSTILE_BODIES)) {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    parseIssueBody(body, program);
    best = Math.min(best, performance.now() - start);
  }
  console.log(`  ${shape.padEnd(30)} ${best.toFixed(1).padStart(9)} ms`);
}
