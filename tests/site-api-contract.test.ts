// The v1 contract as the built demo publishes it: the OpenAPI document states the contract's
// version, passes Redocly's recommended rules with no problem, gives every response an example and
// every operation a documented 404; every published schema names itself with an absolute $id; the
// contract, its changelog and the JSON 404 are published; the badge JSON and JSON Feed the site
// writes match the schemas the document gives them; program.json's contribute block leads to the
// repository and forms program.yaml names and to schemas the site publishes.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { JsonFeedSchema, ShieldsBadgeSchema } from '../schemas/api/site-outputs.ts';
import { CHANGELOG_FILE, CONTRACT_FILE } from '../src/render/api-contract-file.ts';
import { routes } from '../src/routes.ts';
import { displayFormat } from '../src/site/display-format.ts';
import { PROJECT_ROOT } from './helpers/content-fixture.ts';
import { demoProgram } from './helpers/demo-content.ts';
import { redoclyProblems } from './helpers/redocly.ts';
import { page, siteDir } from './helpers/site.ts';

const readJson = async (sitePath: string) => JSON.parse(await readFile(path.join(siteDir(), sitePath), 'utf8'));
const committedContract = async () => JSON.parse(await readFile(CONTRACT_FILE, 'utf8')) as { version: string; schemas: Record<string, unknown> };

type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown; example?: unknown }> }> };
const operations = (document: { paths: Record<string, { get: Operation }> }) => Object.values(document.paths).map((item) => item.get);

describe('the OpenAPI document', () => {
  it("states the contract's version, the licence and a contact from program.yaml, and no authentication", async () => {
    const document = await readJson('api/v1/openapi.json');
    const program = demoProgram();
    expect(document.info.version).toBe((await committedContract()).version);
    expect(document.info.license).toEqual(program.site.license);
    expect(document.info.contact.name).toBe('Quillstack Ltd');
    expect(document.security).toEqual([]);
    expect(document.info.description).toContain('a client must ignore fields it does not know');
  });

  it("passes Redocly's recommended rules with no error and no warning", () => {
    const { problems, totals, status } = redoclyProblems(path.join(siteDir(), 'api/v1/openapi.json'));
    expect(problems).toEqual([]);
    expect(totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(status).toBe(0);
  });

  it('gives every response an example and every operation a 404; under /api/v1 that 404 is the Error schema', async () => {
    const document = await readJson('api/v1/openapi.json');
    for (const operation of operations(document)) {
      const [mediaType] = Object.values(operation.responses['200']!.content!);
      expect(mediaType!.example, operation.operationId).toBeDefined();
      expect(operation.responses['404'], operation.operationId).toBeDefined();
    }
    const api = Object.entries(document.paths as Record<string, { servers?: unknown; get: Operation }>).filter(([, item]) => !item.servers);
    expect(api.length).toBeGreaterThanOrEqual(7);
    for (const [, item] of api) {
      expect(item.get.responses['404']!.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Error' });
    }
  });

  it('validates each example against the schema it documents, and allows additions in every component', async () => {
    const document = await readJson('api/v1/openapi.json');
    expect(JSON.stringify(document.components)).not.toContain('"additionalProperties":false');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openapi.json', components: document.components });
    let checked = 0;
    for (const operation of operations(document)) {
      for (const [mediaType, { schema, example }] of Object.entries(operation.responses['200']!.content!)) {
        if (!mediaType.includes('json')) continue;
        // A $ref to a component, or oneOf of them (the partner path: Partner, or Moved at a former slug).
        const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')));
        expect(validate(example), `${operation.operationId}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(11);
  });
});

describe('published schemas', () => {
  it('each carry their absolute address as $id', async () => {
    const site = demoProgram().site.url;
    const files: string[] = [];
    for (const folder of ['schemas/content', 'schemas/api/v1']) {
      for (const name of await readdir(path.join(siteDir(), folder))) files.push(`${folder}/${name}`);
    }
    expect(files).toContain('schemas/api/v1/error.schema.json');
    expect(files.filter((file) => file.startsWith('schemas/content/')).length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect((await readJson(file)).$id, file).toBe(`${site}/${file}`);
  });
});

describe('the contract, its changelog and the JSON 404', () => {
  it('publishes the committed contract as it is', async () => {
    expect(await readFile(path.join(siteDir(), 'api/v1/contract.json'), 'utf8')).toBe(await readFile(CONTRACT_FILE, 'utf8'));
  });

  it('shows each version of the changelog with its notes, and the current version', async () => {
    const changelog = await readFile(CHANGELOG_FILE, 'utf8');
    const { document } = await page(routes.apiChangelog);
    const headings = document.querySelectorAll('main h2').map((heading) => heading.text.trim());
    // "## 1.4.2 (2026-12-01)" is shown with its date as readers write it: "1.4.2 (December 1, 2026)".
    const format = displayFormat((demoProgram().site as { language?: string }).language ?? 'en') /* program.yaml's site.language, 'en' when left out */;
    const versions = [...changelog.matchAll(/^## (.+)$/gm)]
      .map((match) => match[1]!.trim())
      .filter((title) => !title.startsWith('Unreleased'))
      .map((title) => title.replace(/\((\d{4}-\d{2}-\d{2})\)$/, (_, date: string) => `(${format.date(date)})`));
    expect(headings).toEqual(versions);
    const { version } = await committedContract();
    expect(headings[0]!.startsWith(`${version} `)).toBe(true);
    expect(document.querySelector('.lead')!.text).toContain(`current version of the v1 contract is ${version}`);
    // Inline code is set as code, and an entry's list of added fields is there.
    expect(document.querySelectorAll('main li code').map((code) => code.text)).toContain('program.contribute');
  });

  it('states the compatibility policy and the licence on /api/, beside the version', async () => {
    const { document } = await page(routes.api);
    const terms = document.querySelector('#terms')!.parentNode!;
    expect(terms.querySelectorAll('li').map((item) => item.text)).toContain(
      'So a client must ignore fields it does not know and handle values it does not know: the published schemas allow additional properties for that reason.',
    );
    const license = demoProgram().site.license!;
    expect(terms.querySelector(`a[href="${license.url}"]`)!.text).toBe(license.name);
    expect(document.querySelector('main .api-body > ul li')!.text).toContain(`version ${(await committedContract()).version} of the contract`);
  });

  it('publishes the JSON 404 in the shape of its schema', async () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const body = await readJson('api/v1/404.json');
    expect(ajv.compile(await readJson('schemas/api/v1/error.schema.json'))(body)).toBe(true);
    expect(body).toMatchObject({ status: 404, title: 'Not Found', documentation: `${demoProgram().site.url}/api/` });
  });
});

describe("the site's other machine-readable files match the schemas the document gives them", () => {
  it('badge JSON (tier, certification and app badges) and the JSON Feed', async () => {
    const badges = (await readdir(path.join(siteDir(), 'badges'), { recursive: true })).filter((file) => file.endsWith('.json'));
    expect(badges.some((file) => file.startsWith('apps/'))).toBe(true);
    expect(badges.some((file) => !file.startsWith('apps/') && file.includes('/'))).toBe(true);
    for (const file of badges) {
      const parsed = ShieldsBadgeSchema.safeParse(await readJson(`badges/${file}`));
      expect(parsed.error?.issues ?? [], file).toEqual([]);
    }
    const feed = JsonFeedSchema.safeParse(await readJson('feed.json'));
    expect(feed.error?.issues ?? []).toEqual([]);
  });
});

describe("program.json's contribute block", () => {
  it('names the repository of program.yaml, its issue forms and the content schemas the site publishes', async () => {
    const { contribute } = await readJson('api/v1/program.json');
    const { site } = demoProgram();
    expect(contribute.repository).toBe(site.repository);
    const forms = await readdir(path.join(PROJECT_ROOT, '.github/ISSUE_TEMPLATE'));
    for (const form of [contribute.applicationForm, contribute.appSubmissionForm] as string[]) {
      const url = new URL(form);
      expect(`${url.origin}${url.pathname}`).toBe(`${site.repository}/issues/new`);
      expect(forms).toContain(url.searchParams.get('template'));
    }
    expect(contribute.contentSchemas.map((entry: { kind: string }) => entry.kind)).toContain('partner');
    for (const { schema } of contribute.contentSchemas as Array<{ schema: string }>) {
      expect(schema.startsWith(`${site.url}/schemas/content/`)).toBe(true);
      expect(existsSync(path.join(siteDir(), schema.slice(site.url.length)))).toBe(true);
    }
  });
});
