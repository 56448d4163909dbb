// The virtual modules through which a build hands its product on, as Starlight hands its config to
// its pages (virtual:starlight/user-config):
//   virtual:partnerkit/model   the model and its generated files, for the pages;
//   virtual:partnerkit/bodies  the case studies and news posts (each kind with bodies), for the
//                              content layer, which renders their MDX and Markdown bodies.
// Pages run from a bundle, outside this module's reach, so the values travel as a file of
// structured-clone bytes (node:v8) that the module reads when it is evaluated: the model's shared
// objects stay shared (a partner is one object in the directory, its tier and the certifications),
// and the bundler sees a few lines instead of the model (hundreds of megabytes at 50,000 partners).
import { mkdtempSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';
import { PROSE_KEYS, type ProseContent } from '../loader/content-kinds.ts';
import { publishedRecords } from '../loader/published-files.ts';
import { ContentError, type ModelBuild } from './model-build.ts';

const MODEL = 'virtual:partnerkit/model';
const BODIES = 'virtual:partnerkit/bodies';
/** Vite's convention: a "\0" in front marks an id that no file stands behind. */
const RESOLVED = new Map([MODEL, BODIES].map((id) => [id, `\0${id}`]));

export function partnerkitModules(build: ModelBuild): Plugin {
  const files = new ValueFiles();
  let serving = false;
  return {
    name: 'partnerkit:model-modules',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return RESOLVED.get(id);
    },
    async load(id) {
      if (id === RESOLVED.get(MODEL)) {
        const built = await build.built().catch((error: unknown) => {
          // `astro dev` shows this error in the browser, where "listed above" would point at nothing.
          throw serving && error instanceof ContentError
            ? new ContentError(`content has errors → fix them and save: the page reloads by itself\n\n${error.listing}`, error.listing)
            : error;
        });
        const content = await build.content();
        const publishedBrandFiles = () => publishedRecords(content.published, 'brand');
        return moduleReading(await files.of(MODEL, built, () => ({ model: built.model, files: built.files, publishedBrandFiles: publishedBrandFiles() })), [
          'model',
          'files',
          'publishedBrandFiles',
        ]);
      }
      if (id === RESOLVED.get(BODIES)) {
        const content = await build.content();
        const collections = () => Object.fromEntries(PROSE_KEYS.map((key) => [key, content[key]])) as ProseContent;
        return moduleReading(await files.of(BODIES, content, () => ({ root: content.root, collections: collections() })), ['root', 'collections']);
      }
      return undefined;
    },
  };
}

/** A module whose named exports are the values saved in `file`. */
function moduleReading(file: string, names: string[]): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { deserialize } from 'node:v8';`,
    `const values = deserialize(readFileSync(${JSON.stringify(file)}));`,
    ...names.map((name) => `export const ${name} = values.${name};`),
  ].join('\n');
}

/**
 * The files the modules read: one per module and product (a build's model, say), in a folder of
 * this process's own, so that builds running side by side never read each other's. A module's
 * previous file goes when a newer product replaces it (`astro dev`); the folder goes at exit.
 */
class ValueFiles {
  #folder: string | undefined;
  #written = new WeakMap<object, Promise<string>>();
  #latest = new Map<string, string>();
  #count = 0;

  of(module: string, product: object, values: () => Record<string, unknown>): Promise<string> {
    let file = this.#written.get(product);
    if (!file) {
      file = this.#write(module, values());
      this.#written.set(product, file);
    }
    return file;
  }

  async #write(module: string, values: Record<string, unknown>): Promise<string> {
    const file = path.join(this.#ensureFolder(), `${module.replace(/\W/g, '-')}-${++this.#count}.bin`);
    await writeFile(file, serialize(values));
    const previous = this.#latest.get(module);
    this.#latest.set(module, file);
    if (previous) await rm(previous, { force: true });
    return file;
  }

  #ensureFolder(): string {
    if (!this.#folder) {
      const folder = mkdtempSync(path.join(tmpdir(), 'partnerkit-model-'));
      process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
      this.#folder = folder;
    }
    return this.#folder;
  }
}

/** After a content edit in `astro dev`: the next import of either module loads it again. */
export function invalidateModules(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    for (const resolved of RESOLVED.values()) {
      const node = environment.moduleGraph.getModuleById(resolved);
      if (node) environment.moduleGraph.invalidateModule(node);
      // Environments that run modules in this process (the pages, the content layer) also keep the evaluated copy.
      const evaluatedModules = (environment as Partial<RunnableDevEnvironment>).runner?.evaluatedModules;
      const evaluated = evaluatedModules?.getModuleById(resolved);
      if (evaluated) evaluatedModules!.invalidateModule(evaluated);
    }
  }
}
