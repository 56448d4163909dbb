// Parses every content file. Most programs are parsed in this thread. Very large ones are also
// spread over worker threads: reading, YAML, the schema and each partner's logo check are independent per
// file and are most of validate's time, while the cross-file checks that follow need all files and
// stay in this thread. Both ways run the same parseFile(), so the problems found are the same.
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { CONTENT_PATH } from '../../schemas/common.ts';

export { displayPath } from './display-path.ts';

import type { ContentFile } from './content-file.ts';
import { fileRulesOf } from './content-kinds.ts';
import { FileProblems } from './file-problems.ts';
import { type ParsedFile, parseFile } from './parse-file.ts';
import type { Problem } from './problem.ts';
import { type FolderListings, inspectReferencedFile, type ReferencedFileOutcome } from './referenced-file.ts';
import { YamlDocument } from './yaml-document.ts';

export interface ParseContext {
  /** The content folder. */
  root: string;
  /** Folder that holds schemas/json, for the editor hint line. */
  projectRoot: string;
  /** Where problems go. */
  problems: Problem[];
  display: (absolute: string) => string;
}

export interface ParsedFiles {
  parsed: ParsedFile[];
  /** Partners' logos inspected along the way (parallel runs only), by path as written. */
  inspected: Map<string, ReferencedFileOutcome>;
  /** How many of the files worker threads parsed (0 when all were parsed in this thread). */
  parsedInWorkers: number;
}

/**
 * Below this many files, workers cost more than they save: each takes ~0.3 s to start and send its
 * results back. On this project's 2-core benchmark machine they broke even at 20,000 partner files
 * and saved 12% at 50,000 (`npm run bench:validate`); more cores save more.
 */
export const PARALLEL_FROM_FILES = 25_000;

export interface ParallelOptions {
  /** Threads that may parse, this one included (default: one per core; 1 = no workers). */
  threads?: number;
  /** Use workers from this many files up (default PARALLEL_FROM_FILES). */
  fromFiles?: number;
}
/** Files handed out at a time: small enough that no thread is left finishing a long tail. */
const BATCH_FILES = 250;

/** One parsed file as it crosses from a worker: plain data only. */
export interface ParsedFileMessage {
  data: unknown;
  raw: unknown;
  body?: string;
  images?: ParsedFile['images'];
  quotes?: ParsedFile['quotes'];
  yaml?: { text: string; lineOffset: number };
  logo?: { relative: string; outcome: ReferencedFileOutcome };
}

export interface BatchResult {
  start: number;
  files: ParsedFileMessage[];
  problems: Problem[];
}

export async function parseFiles(files: ContentFile[], context: ParseContext, parallel: ParallelOptions = {}): Promise<ParsedFiles> {
  const workerCount = files.length < (parallel.fromFiles ?? PARALLEL_FROM_FILES) ? 0 : Math.min((parallel.threads ?? availableParallelism()) - 1, 7);
  if (workerCount < 1) {
    const parsed: ParsedFile[] = [];
    for (const file of files) parsed.push(await parseFile(file, fileRulesOf(file.kind), context.problems, context.display, context.projectRoot));
    return { parsed, inspected: new Map(), parsedInWorkers: 0 };
  }

  const parsed = new Array<ParsedFile>(files.length);
  const inspected = new Map<string, ReferencedFileOutcome>();
  const adopt = (result: BatchResult) => {
    const reports = new Map<string, FileProblems>();
    result.files.forEach((message, offset) => {
      const source = files[result.start + offset]!;
      const report = new FileProblems(context.problems, context.display(source.absolute), source.entry);
      if (message.yaml) report.document = new YamlDocument(message.raw, message.yaml.text, message.yaml.lineOffset);
      reports.set(report.file, report);
      parsed[result.start + offset] = {
        source,
        report,
        data: message.data,
        raw: message.raw,
        body: message.body,
        images: message.images,
        quotes: message.quotes,
      };
      if (message.logo) inspected.set(message.logo.relative, message.logo.outcome);
    });
    // Each problem joins its file's report, which remembers the fields with errors.
    for (const problem of result.problems) {
      const report = reports.get(problem.file);
      if (report) report.adopt(problem);
      else context.problems.push(problem);
    }
  };

  let next = 0;
  const take = () => {
    if (next >= files.length) return undefined;
    next += BATCH_FILES;
    return next - BATCH_FILES;
  };
  const listings: FolderListings = new Map();

  const inThisThread = async () => {
    for (let start = take(); start !== undefined; start = take()) {
      adopt(await parseBatch(files.slice(start, start + BATCH_FILES), start, context, listings));
      await nextTurn(); // let the workers' finished batches in, and hand them more
    }
  };

  const inWorker = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./parse-files-worker.ts', import.meta.url), {
        workerData: { root: context.root, projectRoot: context.projectRoot, cwd: process.cwd() },
      });
      let current: number | undefined;
      const send = () => {
        current = take();
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ start: current, files: files.slice(current, current + BATCH_FILES) });
      };
      worker.on('message', (result: BatchResult) => {
        adopt(result);
        parsedInWorkers += result.files.length;
        send();
      });
      // A worker that cannot start or dies gives its batch back; this thread parses it, and
      // reports any real problem in parseFile itself. ('exit' follows 'error' too.)
      worker.on('error', () => undefined);
      worker.on('exit', () => {
        if (current !== undefined) requeued.push(current);
        resolve();
      });
      send();
    });

  const requeued: number[] = [];
  let parsedInWorkers = 0;
  await Promise.all([inThisThread(), ...Array.from({ length: workerCount }, inWorker)]);
  for (const start of requeued) adopt(await parseBatch(files.slice(start, start + BATCH_FILES), start, context, listings));
  return { parsed, inspected, parsedInWorkers };
}

/** Parses a run of files and inspects partners' logos; what a worker does with each batch. */
export async function parseBatch(files: ContentFile[], start: number, context: Omit<ParseContext, 'problems'>, listings: FolderListings): Promise<BatchResult> {
  const problems: Problem[] = [];
  const messages: ParsedFileMessage[] = [];
  for (const file of files) {
    const { data, raw, body, images, quotes, report } = await parseFile(file, fileRulesOf(file.kind), problems, context.display, context.projectRoot);
    const message: ParsedFileMessage = { data, raw, body, images, quotes };
    if (report.document) message.yaml = { text: report.document.text, lineOffset: report.document.lineOffset };
    const logo = file.kind === 'partner' ? (raw as { logo?: unknown } | undefined)?.logo : undefined;
    if (typeof logo === 'string' && CONTENT_PATH.test(logo)) {
      message.logo = { relative: logo, outcome: await inspectReferencedFile(context.root, logo, listings) };
    }
    messages.push(message);
  }
  return { start, files: messages, problems };
}
