// Draws an SVG with sharp exactly as the build will (src/shared/image-recipes.ts), in a child
// process that is killed when it takes longer than the limit: sharp's own timeout cannot stop
// librsvg half-way through a drawing (a file it was asked to draw in 2 s ran for 43 s), and a
// drawing that never ends must not hang validate.
import { type ChildProcess, fork } from 'node:child_process';
import { RENDER_TIME_LIMIT_MS } from '../shared/image-limits.ts';
import type { Drawing } from '../shared/image-recipes.ts';
import { cachedCheck } from './decode-cache.ts';

/** The build's drawings of an SVG: one of its WebP drawings (a logo, a post's cover), or a brand asset's renditions. */
export type DrawRecipe = Drawing | 'rendition';

export type DrawOutcome = { drawn: true } | { drawn: false; timedOut: boolean; reason: string };

export interface DrawRequest {
  id: number;
  bytes: Uint8Array;
  recipe: DrawRecipe;
}
export type DrawResult = { id: number } & DrawOutcome;
/** What the drawing process sends: a result, or (first) that it is ready. */
export type DrawReply = DrawResult | { ready: true };

/**
 * Draws `bytes` as the build will, giving up after `timeLimitMs`; the answer is cached by content hash.
 * A `simple` drawing (few elements, within the static limits of check-svg.ts) is drawn in this
 * process: it cannot run long, and starting the drawing process would cost more than the drawing.
 */
export function drawCheck(bytes: Buffer, sha256: string, recipe: DrawRecipe, timeLimitMs = RENDER_TIME_LIMIT_MS, simple = false): Promise<DrawOutcome> {
  return cachedCheck(
    `draw-${recipe}`,
    sha256,
    () => (simple ? drawHere(bytes, recipe) : enqueue(bytes, recipe, timeLimitMs)),
    (outcome) => outcome.drawn || !outcome.timedOut,
  );
}

async function drawHere(bytes: Buffer, recipe: DrawRecipe): Promise<DrawOutcome> {
  // Loaded on first use: sharp is not needed by a program whose drawings are all cached.
  const { drawSvg } = await import('../shared/image-recipes.ts');
  try {
    await drawSvg(bytes, recipe);
    return { drawn: true };
  } catch (error) {
    return { drawn: false, timedOut: false, reason: (error as Error).message.split('\n')[0] ?? 'sharp could not draw it' };
  }
}

interface Job {
  request: DrawRequest;
  timeLimitMs: number;
  resolve: (outcome: DrawOutcome) => void;
}

const queue: Job[] = [];
let running: Job | undefined;
let nextId = 1;

function enqueue(bytes: Buffer, recipe: DrawRecipe, timeLimitMs: number): Promise<DrawOutcome> {
  return new Promise((resolve) => {
    queue.push({ request: { id: nextId++, bytes, recipe }, timeLimitMs, resolve });
    runNext();
  });
}

/** One drawing at a time: the build draws them one after another too, and the machine may be small. */
async function runNext() {
  if (running || !queue.length) return;
  const job = queue.shift()!;
  running = job;
  const done = (outcome: DrawOutcome) => {
    running = undefined;
    job.resolve(outcome);
    void runNext();
  };
  const pending = drawer();
  let worker: ChildProcess;
  try {
    worker = await pending;
  } catch {
    // No child process here (a sandbox that forbids them): draw in this one, without the time limit.
    const { drawInProcess } = await import('./render-check-child.ts');
    const { id: _id, ...outcome } = await drawInProcess(job.request);
    return done(outcome);
  }
  hold(worker, true);
  const finish = (outcome: DrawOutcome) => {
    clearTimeout(timer);
    worker.off('message', onReply);
    worker.off('exit', onExit);
    // Idle, the drawing process must not keep this one from ending.
    if (!queue.length) hold(worker, false);
    done(outcome);
  };
  const onReply = (reply: DrawReply) => {
    if ('ready' in reply || reply.id !== job.request.id) return;
    const { id: _id, ...outcome } = reply;
    finish(outcome);
  };
  const onExit = () => finish({ drawn: false, timedOut: false, reason: 'sharp stopped while drawing it' });
  // The clock starts once the drawing process is ready: starting it is not the file's fault.
  const timer = setTimeout(() => {
    if (child === pending) child = undefined;
    worker.kill('SIGKILL');
    finish({ drawn: false, timedOut: true, reason: `took longer than ${job.timeLimitMs / 1000} s` });
  }, job.timeLimitMs);
  worker.on('message', onReply);
  worker.on('exit', onExit);
  worker.send(job.request, (error) => {
    if (error) onExit();
  });
}

let child: Promise<ChildProcess> | undefined;

/** The drawing process, started on first use and kept (without holding this process open) for the next file. */
function drawer(): Promise<ChildProcess> {
  if (child) return child;
  const starting = new Promise<ChildProcess>((resolve, reject) => {
    const started = fork(new URL('./render-check-child.ts', import.meta.url), [], {
      serialization: 'advanced',
      execArgv: [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    started.once('message', () => resolve(started)); // its first message says it is ready
    started.on('error', reject);
    started.once('exit', () => {
      if (child === starting) child = undefined;
      reject(new Error('the drawing process stopped'));
    });
  });
  child = starting;
  return starting;
}

/** Whether `worker` keeps this process running: while it draws, yes. */
function hold(worker: ChildProcess, held: boolean) {
  const channel = worker.channel as { ref?: () => void; unref?: () => void } | null | undefined;
  if (held) {
    worker.ref();
    channel?.ref?.();
  } else {
    worker.unref();
    channel?.unref?.();
  }
}
