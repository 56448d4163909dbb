// Draws an SVG with sharp exactly as the build will (src/shared/image-recipes.ts), in a child
// process that is killed when it takes longer than the limit: sharp's own timeout cannot stop
// librsvg half-way through a drawing (a file it was asked to draw in 2 s ran for 43 s), and a
// drawing that never ends must not hang validate.
import { fork, type ChildProcess } from 'node:child_process';
import { RENDER_TIME_LIMIT_MS } from '../shared/image-limits.ts';
import { cachedCheck } from './decode-cache.ts';

/** The build's drawings of an SVG: a partner or program logo, or a brand asset's largest rendition. */
export type DrawRecipe = 'logo' | 'rendition';

export type DrawOutcome = { drawn: true } | { drawn: false; timedOut: boolean; reason: string };

export interface DrawRequest {
  id: number;
  bytes: Uint8Array;
  recipe: DrawRecipe;
}
export type DrawReply = { id: number } & DrawOutcome;

/** Draws `bytes` as the build will, giving up after `timeLimitMs`; the answer is cached by content hash. */
export function drawCheck(bytes: Buffer, sha256: string, recipe: DrawRecipe, timeLimitMs = RENDER_TIME_LIMIT_MS): Promise<DrawOutcome> {
  return cachedCheck(`draw-${recipe}`, sha256, () => enqueue(bytes, recipe, timeLimitMs));
}

interface Job {
  request: DrawRequest;
  timeLimitMs: number;
  resolve: (outcome: DrawOutcome) => void;
}

const queue: Job[] = [];
let child: ChildProcess | undefined;
let running: Job | undefined;
let nextId = 1;

function enqueue(bytes: Buffer, recipe: DrawRecipe, timeLimitMs: number): Promise<DrawOutcome> {
  return new Promise((resolve) => {
    queue.push({ request: { id: nextId++, bytes, recipe }, timeLimitMs, resolve });
    runNext();
  });
}

/** One drawing at a time: the build draws them one after another too, and the machine may be small. */
function runNext() {
  if (running || !queue.length) return;
  const job = (running = queue.shift()!);
  const worker = drawer();
  const finish = (outcome: DrawOutcome) => {
    clearTimeout(timer);
    worker.off('message', onReply);
    worker.off('exit', onExit);
    running = undefined;
    job.resolve(outcome);
    runNext();
  };
  const onReply = (reply: DrawReply) => {
    if (reply.id !== job.request.id) return;
    const { id: _id, ...outcome } = reply;
    finish(outcome);
  };
  const onExit = () => finish({ drawn: false, timedOut: false, reason: 'sharp stopped while drawing it' });
  const timer = setTimeout(() => {
    worker.kill('SIGKILL');
    child = undefined;
    finish({ drawn: false, timedOut: true, reason: `took longer than ${job.timeLimitMs / 1000} s` });
  }, job.timeLimitMs);
  worker.on('message', onReply);
  worker.on('exit', onExit);
  worker.send(job.request);
}

/** The drawing process, started on first use and kept (without holding this process open) for the next file. */
function drawer(): ChildProcess {
  if (child && child.exitCode === null && child.connected) return child;
  const started = fork(new URL('./render-check-child.ts', import.meta.url), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  started.on('exit', () => {
    if (child === started) child = undefined;
  });
  started.unref();
  (started.channel as { unref?: () => void } | undefined)?.unref?.();
  child = started;
  return started;
}
