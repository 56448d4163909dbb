// The child process of render-check.ts: draws each SVG it is sent with the build's own recipes.
import { drawSvg } from '../shared/image-recipes.ts';
import type { DrawReply, DrawRequest, DrawResult } from './render-check.ts';

/** Draws the file as the build will; also used in the parent process when no child can be started. */
export async function drawInProcess({ id, bytes, recipe }: DrawRequest): Promise<DrawResult> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await drawSvg(buffer, recipe);
    return { id, drawn: true };
  } catch (error) {
    return { id, drawn: false, timedOut: false, reason: (error as Error).message.split('\n')[0] ?? 'sharp could not draw it' };
  }
}

if (process.send) {
  process.on('message', async (request: DrawRequest) => process.send!(await drawInProcess(request)));
  // The parent is gone: nothing more will come.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true } satisfies DrawReply);
}
