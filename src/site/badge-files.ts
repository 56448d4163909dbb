// Everything the badge endpoints serve, computed once per build: SVG variants and shields JSON.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Model, PartnerView } from '../model/model-types.ts';
import { badgeSvg, shieldsEndpoint, type BadgeOptions } from '../render/badge-svg.ts';
import { getBuiltModel } from './get-model.ts';

let files: Promise<Map<string, string>> | undefined;

/** Site path → file body, for every badge of every partner (any status: old embeds must say so). */
export function badgeFiles(): Promise<Map<string, string>> {
  files ??= build();
  return files;
}

async function build(): Promise<Map<string, string>> {
  const { model, files: generated } = await getBuiltModel();
  const mark = model.programLogo ? await markDataUri(generated.get(model.programLogo.src)!) : undefined;
  const out = new Map<string, string>();
  for (const partner of model.partners) addPartner(out, partner, model, mark);
  // Images cannot be redirected on a static host: a renamed partner's old badge paths serve the same badges.
  for (const partner of model.partners) {
    for (const former of partner.formerSlugs) {
      for (const [file, body] of [...out].filter(([file]) => file.startsWith(`/badges/${partner.slug}.`) || file.startsWith(`/badges/${partner.slug}/`))) {
        out.set(file.replace(`/badges/${partner.slug}`, `/badges/${former}`), body);
      }
    }
  }
  return out;
}

function addPartner(out: Map<string, string>, partner: PartnerView, model: Model, mark: string | undefined) {
  const options = (theme: BadgeOptions['theme'], partnerName?: string): BadgeOptions => ({ theme, colors: model.theme, markDataUri: mark, ...(partnerName ? { partnerName } : {}) });
  const files = partner.badgeFiles;
  out.set(files.light, badgeSvg(partner.badge, options('light')));
  out.set(files.dark, badgeSvg(partner.badge, options('dark')));
  out.set(files.named, badgeSvg(partner.badge, options('light', partner.name)));
  out.set(files.namedDark, badgeSvg(partner.badge, options('dark', partner.name)));
  out.set(files.json, `${JSON.stringify(shieldsEndpoint(partner.badge, model.theme), null, 2)}\n`);
  for (const certification of partner.certifications) {
    out.set(certification.badgeFiles.light, badgeSvg(certification.badge, options('light')));
    out.set(certification.badgeFiles.dark, badgeSvg(certification.badge, options('dark')));
    out.set(certification.badgeFiles.json, `${JSON.stringify(shieldsEndpoint(certification.badge, model.theme), null, 2)}\n`);
  }
}

/** The program mark at badge size (28 px, drawn at 14), as a PNG data: URI. */
async function markDataUri(file: string): Promise<string> {
  const png = await sharp(await readFile(file)).resize(28, 28, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png({ compressionLevel: 9, palette: true }).toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
