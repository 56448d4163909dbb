// A change event as people read it in a feed: a title ("Acme joined as Gold"), a link and a short
// summary. Names come from the current content (escaped by each feed format); an entity that is
// gone is named by its slug. Only values the events module checked are shown.
import type { ChangeEvent } from '../model/changes.ts';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';

export interface WordedChange {
  title: string;
  /** The site path of the profile, app, post or verify page the event is about. */
  path: string;
  summary: string | undefined;
}

const STATUS_WORDS: Record<string, string> = { active: 'an active partner again', inactive: 'an inactive partner', alumni: 'a former partner' };
const listOfFields = (fields: readonly string[]) => (fields.length > 0 ? ` (${fields.join(', ')})` : '');

/** Looks up what an event names in the model, once for all events. */
export function changeWording(model: Model): (event: ChangeEvent) => WordedChange {
  const partners = new Map(model.partners.map((partner) => [partner.id, partner]));
  const partnersBySlug = new Map(model.partners.map((partner) => [partner.slug, partner]));
  const apps = new Map([...model.apps, ...model.unlistedApps].map((app) => [app.id, app]));
  const listed = new Set(model.apps.map((app) => app.id));
  const news = new Map(model.news.map((post) => [post.slug, post]));
  const studies = new Map(model.caseStudies.map((study) => [study.slug, study]));
  const tierName = (id: string | null) => model.tiers.find((tier) => tier.id === id)?.name;
  const certificationName = (id: string) => model.program.certifications.find((c) => c.id === id)?.name ?? id;

  return (event) => {
    const { entity } = event;
    if (entity.kind === 'news' || entity.kind === 'case-study') {
      const post = entity.kind === 'news' ? news.get(entity.slug) : studies.get(entity.slug);
      const title = post?.title ?? entity.slug;
      return {
        title: entity.kind === 'case-study' ? `Case study: ${title}` : title,
        path: post?.path ?? (entity.kind === 'news' ? routes.news : routes.showcase),
        summary: post?.summary,
      };
    }
    if (entity.kind === 'app') {
      const app = apps.get(entity.id);
      const name = app?.name ?? entity.slug;
      const by = app ? ` by ${app.partner.name}` : '';
      const titles: Partial<Record<ChangeEvent['type'], string>> = {
        'app.listed': `New in the marketplace: ${name}${by}`,
        'app.updated': `${name} updated its listing${event.type === 'app.updated' ? listOfFields(event.fields) : ''}`,
        'app.delisted': `${name} left the marketplace`,
        baseline: `${name}${by} is in the marketplace`,
      };
      return { title: titles[event.type] ?? name, path: app ? (listed.has(app.id) ? app.path : app.verifyPath) : routes.apps, summary: app?.summary };
    }
    // A partner gone under this id but listed under the same slug: its file's first former slug was edited, which gave it a new id.
    const successor = partners.get(entity.id) ? undefined : partnersBySlug.get(entity.slug);
    if (event.type === 'partner.left' && successor) {
      return {
        title: `${successor.name}'s earlier listing was replaced by its current one`,
        path: successor.status === 'active' ? successor.path : successor.verifyPath,
        summary: undefined,
      };
    }
    const partner = partners.get(entity.id);
    const name = partner?.name ?? entity.slug;
    // A current partner's profile; the verify page of one who is not active; the directory when the file is gone.
    const path = partner ? (partner.status === 'active' ? partner.path : partner.verifyPath) : routes.directory;
    const summary = partner?.summary;
    const title = ((): string => {
      switch (event.type) {
        case 'partner.joined':
          return tierName(event.tier) ? `${name} joined as ${tierName(event.tier)}` : `${name} joined as a partner`;
        case 'partner.tier-changed':
          return tierName(event.to) ? `${name} is now ${tierName(event.to)}` : `${name} changed tier`;
        case 'partner.status-changed':
          return event.to && STATUS_WORDS[event.to] ? `${name} is now ${STATUS_WORDS[event.to]}` : `${name} changed status`;
        case 'partner.renamed':
          return `${name} moved from ${routes.partner(event.from)} to ${routes.partner(event.to)}`;
        case 'partner.updated':
          return `${name} updated its profile${listOfFields(event.fields)}`;
        case 'partner.left':
          return `${name} left the program`;
        case 'certification.earned':
          return `${name} earned ${certificationName(event.certification.id)}`;
        case 'certification.expiring':
          return `${name}: ${certificationName(event.certification.id)} expires on ${event.certification.expires}`;
        case 'certification.expired':
          return `${name}: ${certificationName(event.certification.id)} expired on ${event.certification.expires}`;
        default: // baseline: what the partner is now
          if (!partner) return `${name} is a partner`;
          return partner.status === 'active' ? `${name} is a ${partner.tier.name} partner` : `${name} is ${STATUS_WORDS[partner.status]}`;
      }
    })();
    return { title, path: event.type.startsWith('certification.') && partner ? partner.verifyPath : path, summary };
  };
}
