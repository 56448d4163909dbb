// The child process of render-check.ts: draws each SVG it is sent with the build's own recipes.
import { RENDITION_SIZES } from '../shared/image-limits.ts';
import { drawLogo, drawRendition } from '../shared/image-recipes.ts';
import type { DrawReply, DrawRequest } from './render-check.ts';

const largest = Math.max(...RENDITION_SIZES);

process.on('message', async ({ id, bytes, recipe }: DrawRequest) => {
  let reply: DrawReply;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await (recipe === 'logo' ? drawLogo(buffer, true) : drawRendition(buffer, true, largest, 'png'));
    reply = { id, drawn: true };
  } catch (error) {
    reply = { id, drawn: false, timedOut: false, reason: (error as Error).message.split('\n')[0] ?? 'sharp could not draw it' };
  }
  process.send!(reply);
});
// The parent is gone: nothing more will come.
process.on('disconnect', () => process.exit(0));
