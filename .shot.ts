import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { launchChromium } from './tests/helpers/browser.ts';
const serve = sirv('/tmp/guide-dist', { dev: false });
const server = createServer((q, r) => serve(q, r, () => { r.statusCode = 404; r.end(); }));
await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
const port = (server.address() as { port: number }).port;
const browser = await launchChromium();
for (const [name, width] of [['desk', 1200], ['phone', 390]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/guide/`);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: true });
  if (name === 'desk') await writeFile('/tmp/print.pdf', await page.pdf({ format: 'A4' }));
  await page.close();
}
await browser.close();
server.close();
