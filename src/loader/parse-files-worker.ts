// A worker thread of parse-files.ts: parses the batches of files it is sent and posts back plain data.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentFile } from './content-file.ts';
import { displayPath, parseBatch } from './parse-files.ts';
import type { FolderListings } from './referenced-file.ts';

const { root, projectRoot, cwd } = workerData as { root: string; projectRoot: string; cwd: string };
const listings: FolderListings = new Map();
const context = { root, projectRoot, display: (absolute: string) => displayPath(absolute, cwd) };

parentPort!.on('message', async ({ start, files }: { start: number; files: ContentFile[] }) => {
  parentPort!.postMessage(await parseBatch(files, start, context, listings));
});
