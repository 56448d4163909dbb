// The Chromium the browser tests drive, found so that `npm install` is the only set-up: the binary
// PARTNERKIT_CHROMIUM names, else the system's chromium, else the headless Chromium shipped inside
// the @sparticuz/chromium npm package, unpacked once into the project's cache folder.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { writeFontsConf } from '../../src/shared/bundled-fonts.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

export interface FoundChromium {
  executablePath: string;
  /** Where it came from, for messages: the variable, the system, or the npm package. */
  source: string;
  /** What the packaged build needs besides the machine's environment: its own libraries and fonts. */
  env: Record<string, string>;
}

/** A file that exists and may be run. */
function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(runnable);
}

export function findChromium(): Promise<FoundChromium> {
  const named = process.env.PARTNERKIT_CHROMIUM;
  if (named) {
    if (!runnable(named))
      throw new Error(
        `PARTNERKIT_CHROMIUM="${named}" is not a program this user can run → point it at a Chromium binary, or unset it to use the system's or the packaged one`,
      );
    return Promise.resolve({ executablePath: named, source: 'PARTNERKIT_CHROMIUM', env: {} });
  }
  const system = ['/usr/bin/chromium'].find(runnable) ?? onPath('chromium');
  if (system) return Promise.resolve({ executablePath: system, source: 'the system', env: {} });
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`no Chromium found, and the packaged one is for Linux on x64 only → set PARTNERKIT_CHROMIUM to a Chromium or Chrome binary`);
  }
  return packagedChromium();
}

const CACHE_ROOT = process.env.PARTNERKIT_CACHE_DIR ?? path.join(PROJECT_ROOT, 'node_modules', '.cache', 'partnerkit');

/**
 * The package's own unpacking (`executablePath()`) writes to fixed names in the system's temporary
 * folder, reuses whatever is there without checking its version or completeness, and unpacks its
 * libraries only on AWS. Here it runs in a child process whose temporary folder is a fresh folder
 * of the cache, which is then renamed into place: a cached copy is always complete and of this
 * version, and test files that start at the same time cannot see a half-written binary.
 */
async function packagedChromium(): Promise<FoundChromium> {
  // The package exports only its code (build/index.js); its archives are in bin/ beside build/.
  const packageRoot = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const home = path.join(CACHE_ROOT, `chromium-${version}`);
  if (!existsSync(path.join(home, 'chromium'))) await unpack(packageRoot, home);
  return {
    executablePath: path.join(home, 'chromium'),
    source: `@sparticuz/chromium ${version}`,
    env: {
      // NSS and expat built for the package: a machine without Debian's chromium may lack them.
      LD_LIBRARY_PATH: [path.join(home, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: fontConfig(home),
    },
  };
}

async function unpack(packageRoot: string, home: string): Promise<void> {
  mkdirSync(CACHE_ROOT, { recursive: true });
  // Copies of other versions (200 MB each), and unpackings cut short long ago, are of no use.
  const current = path.basename(home);
  for (const entry of readdirSync(CACHE_ROOT, { withFileTypes: true })) {
    const full = path.join(CACHE_ROOT, entry.name);
    const otherVersion = /^chromium-\d/.test(entry.name) && entry.name !== current && !entry.name.startsWith(`${current}.`);
    const abandoned = entry.name.startsWith(`${current}.unpacking-`) && Date.now() - statSync(full).mtimeMs > 10 * 60_000;
    if (otherVersion || abandoned) rmSync(full, { recursive: true, force: true });
  }
  // Copies are renamed into place whole, so one without its binary was damaged by hand: start anew.
  if (existsSync(home) && !existsSync(path.join(home, 'chromium'))) rmSync(home, { recursive: true, force: true });
  const staging = await mkdtemp(`${home}.unpacking-`);
  const script = [
    "import chromium, { inflate } from '@sparticuz/chromium';",
    "import path from 'node:path';",
    'await chromium.executablePath();', // the binary, its fonts and SwiftShader (unused: --disable-gpu)
    `await inflate(path.join(${JSON.stringify(packageRoot)}, 'bin', 'al2023.tar.br'));`, // its libraries
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, TMPDIR: staging },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`unpacking @sparticuz/chromium failed:\n${result.stderr}`);
  }
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another test process finished first: its copy is as good.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(home, 'chromium'))) throw error;
  }
}

/**
 * The packaged build's fontconfig folder: the DejaVu fonts the build draws with (src/shared/bundled-fonts.ts)
 * and no system fonts, so pages render alike on every machine. (The package's own Open Sans is left out.)
 */
function fontConfig(home: string): string {
  return path.dirname(writeFontsConf(path.join(home, 'fontconfig')));
}

let found: Promise<FoundChromium> | undefined;

export async function launchChromium(): Promise<Browser> {
  found ??= findChromium();
  const { executablePath, source, env } = await found;
  try {
    return await chromium.launch({
      executablePath,
      env: { ...process.env, ...env } as Record<string, string>,
      // As root in a container, and with no network: no sandbox, no background requests. The
      // package's own `args` are for AWS Lambda and not used: --disable-web-security and
      // --allow-running-insecure-content would hide the very CSP and mixed-content errors the
      // tests look for, and --single-process is only needed where Lambda forbids new processes.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    throw new Error(
      `Chromium from ${source} (${executablePath}) did not start → set PARTNERKIT_CHROMIUM to another Chromium binary\n${(error as Error).message}`,
    );
  }
}
