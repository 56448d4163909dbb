// /guide.pdf, made at build time from the model's guide, the same one /guide/ renders. An endpoint
// like /partners.csv rather than a file of the static-files step: it is one file, and `astro dev`
// then serves it too, made afresh from the content being edited.
import { readFile } from 'node:fs/promises';
import { files, model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { renderGuidePdf } from '../render/guide-pdf.ts';
import { logoAsPng } from '../shared/image-recipes.ts';

export const GET: APIRoute = async () => {
  // The program's logo as the build drew it from the checked file (src/model/logos.ts).
  const drawn = model.programLogo && files.get(model.programLogo.src);
  const logo = drawn ? { png: (await logoAsPng(await readFile(drawn))).data } : undefined;
  const pdf = await renderGuidePdf(model.guide, { logo, language: model.program.site.language });
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
