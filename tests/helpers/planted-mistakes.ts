// The acceptance fixture: ten different mistakes over five files of a copy of the demo.
import { editFile, positionOf } from './content-fixture.ts';

/** Ten different mistakes spread over five files; returns what each should be reported as. */
export async function plantTenMistakes(root: string) {
  const expected: Array<{ file: string; line: number; column: number; text: string }> = [];
  const expect_ = (file: string, text: string, body: string, needle: string, from = 0) => expected.push({ file, text, ...positionOf(body, needle, from) });

  // 1-3: partners/acorn-ledger.yaml — unknown key, nested wrong type, javascript: link.
  let body = await editFile(root, 'partners/acorn-ledger.yaml', (text) =>
    text
      .replace('since: 2024-09-15', 'since: 2024-09-15\nwebiste: https://acorn-ledger.example')
      .replace('    role: Partnerships lead', '    role: [Partnerships, lead]')
      .replace('url: https://docs.acorn-ledger.example', 'url: "javascript:alert(document.cookie)"'),
  );
  expect_('partners/acorn-ledger.yaml', 'unknown field "webiste" → did you mean "website"?', body, 'webiste');
  expect_('partners/acorn-ledger.yaml', 'contacts[0].role: "role" should be text, not a list', body, '[Partnerships');
  expect_(
    'partners/acorn-ledger.yaml',
    'links[0].url: "javascript:alert(document.cookie)" is not a web link: only http and https links are allowed',
    body,
    '"javascript:',
  );

  // 4-6: partners/brightwave-studio.yaml — unknown tier, bad email, impossible date.
  body = await editFile(root, 'partners/brightwave-studio.yaml', (text) =>
    text
      .replace(/^tier: \w+/m, 'tier: platnum')
      .replace('email: partners@brightwave-studio.example', 'email: "bob@"')
      .replace(/^since: .*/m, 'since: 2025-13-01'),
  );
  expect_('partners/brightwave-studio.yaml', 'tier: "platnum" is not a tier of this program → did you mean "platinum"?', body, 'platnum');
  expect_('partners/brightwave-studio.yaml', 'contacts[0].email: "bob@" is not an email address → write it as name@example.com', body, '"bob@"');
  expect_(
    'partners/brightwave-studio.yaml',
    'since: "2025-13-01" is not a day of the calendar → check the month (01–12) and the day of the month',
    body,
    '2025-13-01',
  );

  // 7: partners/cobalt-harbor.yaml — a YAML syntax error (the rest of the run goes on).
  body = await editFile(root, 'partners/cobalt-harbor.yaml', (text) => text.replace(/^website: /m, 'website:: : '));
  // js-yaml stops at the second colon, where the mapping entry goes wrong.
  expect_('partners/cobalt-harbor.yaml', 'YAML syntax error: bad indentation of a mapping entry', body, ': https://cobalt');

  // 8: an unsafe SVG logo.
  body = await editFile(root, 'logos/fennel-labs.svg', (text) => text.replace('</svg>', '  <script>fetch("https://evil.example")</script>\n</svg>'));
  expect_('logos/fennel-labs.svg', '<script> is not allowed in a logo → remove the <script>: logos cannot run code', body, '<script>');

  // 9-10: a case study with an MDX import and an expression.
  body = await editFile(root, 'case-studies/one-view-of-every-shipment.mdx', (text) =>
    text
      .replace('## The challenge', "import Secret from '../../src/secret.ts'\n\n## The challenge")
      .replace('Shipments moved through', 'Shipments {process.env.HOME} moved through'),
  );
  expect_('case-studies/one-view-of-every-shipment.mdx', 'import and export statements are not allowed', body, 'import Secret');
  expect_('case-studies/one-view-of-every-shipment.mdx', '{expressions} are not allowed', body, '{process');
  return expected;
}
