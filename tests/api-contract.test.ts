// The v1 contract as a client relies on it, without a build: the published schemas allow what a
// later v1 may add while the build's strict schemas refuse it; every response has an example that
// both accept; `npm run api:contract` versions each change (minor for additions, patch for
// descriptions, refusal for breaks) and writes the changelog; the contribute block's links.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JsonFeedSchema, ShieldsBadgeSchema } from '../schemas/api/site-outputs.ts';
import { API_V1, type ApiV1Name, ErrorSchema, PartnerSchema, PartnerSummarySchema } from '../schemas/api/v1.ts';
import { API_V1_EXAMPLES, ERROR_EXAMPLE } from '../schemas/api/v1-examples.ts';
import type { Program } from '../schemas/program.ts';
import { changelogWithVersion, currentContract } from '../src/cli/api-contract.ts';
import { CHANGELOG_FILE, CONTRACT_FILE, readContract } from '../src/render/api-contract-file.ts';
import { APPS_CSV_COLUMNS } from '../src/render/apps-csv.ts';
import { parseChangelog } from '../src/render/changelog.ts';
import { type ApiEndpoint, allowingAdditions, apiResponseJsonSchema, openApiDocument } from '../src/render/openapi.ts';
import { CSV_COLUMNS } from '../src/render/partners-csv.ts';
import { contributeBlock } from '../src/render/program-response.ts';
import { SITE_OUTPUTS } from '../src/render/site-outputs.ts';
import { copyOfDemo, editFile, load, NOW, positionOf, run } from './helpers/content-fixture.ts';
import { redoclyProblems } from './helpers/redocly.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const ENDPOINTS = Object.keys(API_V1) as ApiV1Name[];

describe('the published schemas', () => {
  it('accept a field a later v1 adds, at the top and nested, while the build refuses it', () => {
    const example = API_V1_EXAMPLES.partner!;
    const withExtra = {
      ...example,
      addedLater: 'a field of v1.9',
      certifications: example.certifications.map((certification) => ({ ...certification, alsoAddedLater: true })),
    };
    const published = ajv.compile(apiResponseJsonSchema('partner'));
    expect(published(withExtra), ajv.errorsText(published.errors)).toBe(true);
    const refused = PartnerSchema.safeParse(withExtra);
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => [issue.code, issue.path.join('.'), 'keys' in issue ? issue.keys : []])).toEqual([
      ['unrecognized_keys', 'certifications.0', ['alsoAddedLater']],
      ['unrecognized_keys', '', ['addedLater']],
    ]);
  });

  it('still refuse a response that lacks a field or has one of the wrong type', () => {
    const published = ajv.compile(apiResponseJsonSchema('partner'));
    const { slug: _, ...withoutSlug } = API_V1_EXAMPLES.partner!;
    expect(published(withoutSlug)).toBe(false);
    expect(published({ ...API_V1_EXAMPLES.partner!, featured: 'yes' })).toBe(false);
  });

  it('hold no additionalProperties: false anywhere, and keep maps that describe their values', () => {
    for (const name of [...ENDPOINTS, 'error'] as const) expect(JSON.stringify(apiResponseJsonSchema(name))).not.toContain('"additionalProperties":false');
    expect(
      allowingAdditions({ type: 'object', additionalProperties: false, properties: { labels: { type: 'object', additionalProperties: { type: 'string' } } } }),
    ).toEqual({ type: 'object', properties: { labels: { type: 'object', additionalProperties: { type: 'string' } } } });
  });
});

describe('the examples of the OpenAPI document', () => {
  it('cover every endpoint', () => {
    expect(
      ENDPOINTS.filter((name) => API_V1_EXAMPLES[name] === undefined),
      'add an example to schemas/api/v1-examples.ts',
    ).toEqual([]);
  });

  it.each(ENDPOINTS)('of %s parses with the strict schema and validates against the published one', (name) => {
    const example = API_V1_EXAMPLES[name];
    const strict = API_V1[name].schema.safeParse(example);
    expect(strict.error?.issues ?? []).toEqual([]);
    const published = ajv.compile(apiResponseJsonSchema(name));
    expect(published(example), ajv.errorsText(published.errors)).toBe(true);
  });

  it('of the 404 body and of the badge JSON and JSON Feed parse with their schemas', () => {
    expect(ErrorSchema.parse(ERROR_EXAMPLE)).toEqual(ERROR_EXAMPLE);
    expect(ajv.compile(apiResponseJsonSchema('error'))(ERROR_EXAMPLE)).toBe(true);
    for (const name of ['tierBadge', 'certificationBadge', 'appBadge'] as const) ShieldsBadgeSchema.parse(SITE_OUTPUTS[name].example);
    JsonFeedSchema.parse(SITE_OUTPUTS.jsonFeed.example);
  });

  it('of the CSV exports have the columns the exports write, in order', () => {
    const header = (csv: string) => Object.keys((parseCsv(csv, { columns: true }) as Array<Record<string, string>>)[0]!);
    expect(header(SITE_OUTPUTS.partnersCsv.example)).toEqual([...CSV_COLUMNS]);
    expect(header(SITE_OUTPUTS.appsCsv.example)).toEqual([...APPS_CSV_COLUMNS]);
    expect(SITE_OUTPUTS.partnersCsv.schema.description).toContain(CSV_COLUMNS.join(', '));
    // Each line of the NDJSON export is a Partner record.
    for (const line of SITE_OUTPUTS.partnersNdjson.example.trimEnd().split('\n')) PartnerSchema.parse(JSON.parse(line));
  });
});

describe('npm run api:contract', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** A copy of the committed contract and changelog, with `edit` applied to the contract's schemas. */
  async function copyWith(edit: (schemas: Record<string, any>) => void, changelog?: string) {
    const dir = await mkdtemp(path.join(tmpdir(), 'partnerkit-contract-'));
    dirs.push(dir);
    const contract = { ...(await readContract()), version: '1.4.2' };
    edit(contract.schemas);
    const files = { contract: path.join(dir, 'v1-contract.json'), changelog: path.join(dir, 'CHANGELOG.md') };
    await writeFile(files.contract, `${JSON.stringify(contract, null, 2)}\n`);
    if (changelog === undefined) await copyFile(CHANGELOG_FILE, files.changelog);
    else await writeFile(files.changelog, changelog);
    const cli = (...args: string[]) => run(['src/cli/api-contract.ts', '--contract', files.contract, '--changelog', files.changelog, ...args]);
    return { files, cli };
  }
  const partnerSummary = (schemas: Record<string, any>) => schemas.partners.$defs.PartnerSummary;

  it('finds the committed contract up to date with the schemas', () => {
    const result = run(['src/cli/api-contract.ts', '--check']);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^The v1 API contract is unchanged \(version 1\.\d+\.\d+\)\.$/);
    expect(result.code).toBe(0);
  });

  it('records an addition as the next minor version, with the Unreleased notes and the list of what was added', async () => {
    // The copy lacks PartnerSummary.website: to the schemas of today, website is an addition.
    const { files, cli } = await copyWith((schemas) => {
      delete partnerSummary(schemas).properties.website;
      partnerSummary(schemas).required = partnerSummary(schemas).required.filter((name: string) => name !== 'website');
    }, '# Changelog\n\nIntro.\n\n## Unreleased\n\n- Partners now list their website.\n\n## 1.4.2 (2026-01-05)\n\nOlder notes.\n');
    const checked = cli('--check');
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('(1.4.2; added: partners.partners[].website)');
    expect(checked.stderr).toContain('→ run `npm run api:contract` to record it as 1.5.0');
    expect(JSON.parse(await readFile(files.contract, 'utf8')).version).toBe('1.4.2');

    const recorded = cli();
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('recorded version 1.5.0');
    const contract = JSON.parse(await readFile(files.contract, 'utf8'));
    expect(contract).toEqual({ version: '1.5.0', schemas: currentContract() });
    expect(await readFile(files.changelog, 'utf8')).toBe(
      `# Changelog\n\nIntro.\n\n## 1.5.0 (${NOW})\n\n- Partners now list their website.\n\nAdded:\n\n- \`partners.partners[].website\`\n\n## 1.4.2 (2026-01-05)\n\nOlder notes.\n`,
    );
    expect(cli('--check').code).toBe(0);
  });

  it('records a changed description alone as the next patch version', async () => {
    const { files, cli } = await copyWith((schemas) => {
      partnerSummary(schemas).properties.founded.description = 'An older wording.';
    });
    expect(cli().code).toBe(0);
    expect(JSON.parse(await readFile(files.contract, 'utf8')).version).toBe('1.4.3');
    const changelog = parseChangelog(await readFile(files.changelog, 'utf8'));
    expect(changelog.versions[0]!.title).toBe(`1.4.3 (${NOW})`);
    expect(JSON.stringify(changelog.versions[0]!.blocks)).toContain('partners.partners[].founded');
  });

  it('refuses a breaking change and writes nothing', async () => {
    // The copy promises a field today's schemas lack: to them, it was removed.
    const { files, cli } = await copyWith((schemas) => {
      partnerSummary(schemas).properties.fax = { type: 'string' };
      partnerSummary(schemas).required.push('fax');
    });
    const before = await readFile(files.contract, 'utf8');
    const result = cli();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('partners.partners[].fax was removed (or renamed)');
    expect(result.stderr).toContain('→ keep v1 as it is, and make this change in a new /api/v2/ beside it.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(files.contract, 'utf8')).toBe(before);
  });

  it('says what to do with a contract a merge left conflict markers in', async () => {
    const { files, cli } = await copyWith(() => {});
    const text = await readFile(files.contract, 'utf8');
    await writeFile(files.contract, `<<<<<<< HEAD\n${text}=======\n${text}>>>>>>> other\n`);
    const result = cli();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/v1-contract\.json is not valid JSON/);
    expect(result.stderr).toContain('restore the version of the branch you merged into');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rewrites a contract of the first form with the same schemas as it is, with no new version', async () => {
    const { files, cli } = await copyWith(() => {});
    await writeFile(files.contract, JSON.stringify(currentContract()));
    expect(cli('--check').code).toBe(1);
    const result = cli();
    expect(result.stdout).toContain('in the current form, as 1.0.0');
    expect(JSON.parse(await readFile(files.contract, 'utf8'))).toEqual({ version: '1.0.0', schemas: currentContract() });
    expect(await readFile(files.changelog, 'utf8')).toBe(await readFile(CHANGELOG_FILE, 'utf8'));
  });

  it('reads a contract of the first form (the bare map of schemas) as version 1.0.0', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'partnerkit-contract-'));
    dirs.push(dir);
    const file = path.join(dir, 'v1-contract.json');
    await writeFile(file, JSON.stringify({ program: { type: 'object' } }));
    expect(await readContract(file)).toEqual({ version: '1.0.0', schemas: { program: { type: 'object' } } });
  });
});

describe('the changelog', () => {
  it('has an entry for the version the contract records, newest first', async () => {
    const { version } = await readContract(CONTRACT_FILE);
    const versions = parseChangelog(await readFile(CHANGELOG_FILE, 'utf8')).versions.filter((entry) => !entry.title.startsWith('Unreleased'));
    expect(versions[0]!.title.split(' ')[0]).toBe(version);
    expect(versions.at(-1)!.title).toBe('1.0.0');
  });

  it('puts a version without notes above the older ones', () => {
    const text = changelogWithVersion('# Changelog\n\nIntro.\n\n## 1.0.0\n\nFirst.\n', '1.1.0', '2026-02-03', {
      breaking: [],
      added: ['the status response'],
      described: [],
    });
    expect(text).toBe('# Changelog\n\nIntro.\n\n## 1.1.0 (2026-02-03)\n\nAdded:\n\n- the `status` response\n\n## 1.0.0\n\nFirst.\n');
  });
});

describe('the contribute block', () => {
  const program = (repository?: string) => ({ site: { repository } }) as unknown as Program;
  const absolute = (sitePath: string) => `https://partners.example.com${sitePath}`;

  it('links the issue forms of a repository on GitHub', () => {
    const block = contributeBlock(program('https://github.com/example-org/partners.git'), absolute)!;
    expect(block.repository).toBe('https://github.com/example-org/partners.git');
    expect(block.applicationForm).toBe('https://github.com/example-org/partners/issues/new?template=partner-application.yml');
    expect(block.appSubmissionForm).toBe('https://github.com/example-org/partners/issues/new?template=app-submission.yml');
    expect(block.contentSchemas.find((entry) => entry.kind === 'partner')).toEqual({
      kind: 'partner',
      files: ['partners/<slug>.yaml'],
      schema: 'https://partners.example.com/schemas/content/partner.schema.json',
    });
  });

  it('has no form links elsewhere, and is absent without a repository', () => {
    const block = contributeBlock(program('https://gitlab.example/partners/content'), absolute)!;
    expect([block.applicationForm, block.appSubmissionForm]).toEqual([null, null]);
    expect(contributeBlock(program(undefined), absolute)).toBeUndefined();
  });
});

describe("program.yaml's repository and licence", () => {
  it('are refused at their line and column unless they are web links, with the fix', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'program.yaml', (yaml) =>
      yaml
        .replace('repository: https://github.com/quillstack-example/partner-network', 'repository: "javascript:alert(1)"')
        .replace('url: https://creativecommons.org/licenses/by/4.0/', 'url: ftp://licences.example/cc-by'),
    );
    const { problems } = await load(root);
    const found = problems.filter((problem) => problem.path.startsWith('site.'));
    expect(found.map((problem) => [problem.path, problem.line, problem.column, problem.severity])).toEqual([
      ['site.repository', positionOf(text, '"javascript:').line, positionOf(text, '"javascript:').column, 'error'],
      ['site.license.url', positionOf(text, 'ftp://').line, positionOf(text, 'ftp://').column, 'error'],
    ]);
    for (const problem of found) expect(problem.fix).toMatch(/https:\/\//);
  });
});

describe('the OpenAPI document of any table of endpoints', () => {
  it('describes entries of another media type, alternatives, unions and schemas without an id with no special case, valid and Redocly-clean', async () => {
    const Moved = z.strictObject({ testMovedTo: z.url().meta({ description: 'Where the partner is now.' }) }).meta({ id: 'TestMoved' });
    const table = {
      ...API_V1,
      // Added to whatever alternatives the endpoint already has.
      partner: { ...API_V1.partner, alternatives: [...((API_V1.partner as ApiEndpoint).alternatives ?? []), Moved] },
      testUnion: { path: '/test-union/{slug}.json', schema: z.union([PartnerSchema, Moved]).meta({ id: 'TestPartnerOrMoved' }), summary: 'A union.' },
      partnersExport: {
        path: '/test-partners.ndjson',
        mediaType: 'application/x-ndjson',
        schema: PartnerSummarySchema,
        summary: 'Every partner, a line each.',
      },
      testPage: {
        path: '/test-pages/{page}.json',
        schema: z.strictObject({ page: z.int().meta({ description: 'The page.' }) }),
        summary: 'One page.',
        parameters: { page: 'The page number, from 2.' },
      },
    };
    const document = openApiDocument(
      {
        title: 'Test API',
        description: 'A test.',
        apiServerUrl: 'https://partners.lumenrail.example/api/v1',
        siteServerUrl: 'https://partners.lumenrail.example',
        version: '1.2.3',
        license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        contact: { name: 'Lumenrail Ltd', url: 'https://lumenrail.example' },
      },
      table,
      {
        ...API_V1_EXAMPLES,
        partnersExport: API_V1_EXAMPLES.partners!.partners[0],
        testPage: { page: 2 },
        testUnion: { testMovedTo: 'https://partners.lumenrail.example/api/v1/partners/fernhollow.json' },
      },
    );
    const paths = document.paths as Record<string, { get: any }>;
    expect(Object.keys(paths['/test-partners.ndjson']!.get.responses['200'].content)).toEqual(['application/x-ndjson']);
    expect(paths['/test-pages/{page}.json']!.get.parameters).toMatchObject([
      { name: 'page', in: 'path', required: true, description: 'The page number, from 2.' },
    ]);
    expect(paths['/test-pages/{page}.json']!.get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/TestPage' });
    const partnerBodies = paths['/partners/{slug}.json']!.get.responses['200'].content['application/json'].schema.oneOf;
    expect([partnerBodies[0], partnerBodies.at(-1)]).toEqual([{ $ref: '#/components/schemas/Partner' }, { $ref: '#/components/schemas/TestMoved' }]);
    const components = document.components.schemas as Record<string, { anyOf?: unknown[]; oneOf?: unknown[]; properties?: object }>;
    expect(components.TestPage!.properties).toHaveProperty('page');
    expect((components.TestPartnerOrMoved!.anyOf ?? components.TestPartnerOrMoved!.oneOf)!.length).toBe(2);
    expect((await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0])).errors ?? []).toEqual([]);
    const dir = await mkdtemp(path.join(tmpdir(), 'partnerkit-openapi-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const { problems } = redoclyProblems(file);
    await rm(dir, { recursive: true, force: true });
    expect(problems).toEqual([]);
  });
});
