// Every badge file of every partner and app (any status: old embeds must say so), as lazy renderers
// by site path: the build writes them all, a page renders only the one whose size it needs.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { AppView, Model, PartnerView } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import { type BadgeOptions, badgeSvg, shieldsEndpoint } from './badge-svg.ts';

export type Renderers = Map<string, () => string>;

export function badgeRenderers(model: Model, markDataUri: string | undefined): Renderers {
  const out: Renderers = new Map();
  for (const partner of model.partners) {
    // Images cannot be redirected on a static host: a renamed partner's old badge paths serve the same badges.
    for (const slug of [partner.slug, ...partner.formerSlugs]) addPartner(out, partner, slug, model, markDataUri);
  }
  for (const app of [...model.apps, ...model.unlistedApps]) addApp(out, app, model, markDataUri);
  return out;
}

/** An app's "Works with" badge and its certification badges. */
function addApp(out: Renderers, app: AppView, model: Model, markDataUri: string | undefined) {
  const options = (theme: BadgeOptions['theme']): BadgeOptions => ({ theme, colors: model.theme, markDataUri });
  const json = (face: AppView['badge']) => () => `${JSON.stringify(shieldsEndpoint(face, model.theme), null, 2)}\n`;
  for (const [face, files] of [[app.badge, app.badgeFiles], ...app.certifications.map((held) => [held.badge, held.badgeFiles] as const)] as const) {
    out.set(files.light, () => badgeSvg(face, options('light')));
    out.set(files.dark, () => badgeSvg(face, options('dark')));
    out.set(files.json, json(face));
  }
}

/** The partner's badges, at the badge paths of `slug` (its own, or one it was listed under before). */
function addPartner(out: Renderers, partner: PartnerView, slug: string, model: Model, mark: string | undefined) {
  const options = (theme: BadgeOptions['theme'], partnerName?: string): BadgeOptions => ({
    theme,
    colors: model.theme,
    markDataUri: mark,
    ...(partnerName ? { partnerName } : {}),
  });
  const json = (face: PartnerView['badge']) => () => `${JSON.stringify(shieldsEndpoint(face, model.theme), null, 2)}\n`;
  const files = routes.tierBadges(slug);
  out.set(files.light, () => badgeSvg(partner.badge, options('light')));
  out.set(files.dark, () => badgeSvg(partner.badge, options('dark')));
  out.set(files.named, () => badgeSvg(partner.badge, options('light', partner.name)));
  out.set(files.namedDark, () => badgeSvg(partner.badge, options('dark', partner.name)));
  out.set(files.json, json(partner.badge));
  for (const certification of partner.certifications) {
    const certificationFiles = routes.certificationBadges(slug, certification.id);
    out.set(certificationFiles.light, () => badgeSvg(certification.badge, options('light')));
    out.set(certificationFiles.dark, () => badgeSvg(certification.badge, options('dark')));
    out.set(certificationFiles.json, json(certification.badge));
  }
}

/** The program mark at badge size (28 px, drawn at 14), as a PNG data: URI. */
export async function markDataUri(model: Model, generated: ReadonlyMap<string, string>): Promise<string | undefined> {
  if (!model.programLogo) return undefined;
  const png = await sharp(await readFile(generated.get(model.programLogo.src)!))
    .resize(28, 28, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}
