// A change event as people read it in a feed: a title ("Acme joined as Gold"), a link and a short
// summary. Words and links come from the event itself (the name and slug the entity had that day),
// so a full archive page of the feed stays as it was when the entity changes later; only tier,
// certification and post titles are looked up in the current program. Each feed format escapes the text.
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

/** Looks up what an event names in the program, once for all events. */
export function changeWording(model: Model): (event: ChangeEvent) => WordedChange {
  const news = new Map(model.news.map((post) => [post.slug, post]));
  const studies = new Map(model.caseStudies.map((study) => [study.slug, study]));
  const tierName = (id: string | null) => model.tiers.find((tier) => tier.id === id)?.name;
  const certificationName = (id: string) => model.program.certifications.find((c) => c.id === id)?.name ?? id;
  // A partner leaving in the same commit as another joins under its slug: its file's first former
  // slug was edited, which gave it a new id; the feed says what a reader sees, one listing replacing another.
  const joinedAt = new Set(model.changes.filter((event) => event.type === 'partner.joined').map((event) => `${event.date} ${event.entity.slug}`));

  return (event) => {
    const { entity } = event;
    const name = entity.name ?? entity.slug;
    if (entity.kind === 'news' || entity.kind === 'case-study') {
      const post = entity.kind === 'news' ? news.get(entity.slug) : studies.get(entity.slug);
      const title = post?.title ?? entity.slug;
      return {
        title: entity.kind === 'case-study' ? `Case study: ${title}` : title,
        path: entity.kind === 'news' ? routes.newsPost(entity.slug) : routes.caseStudy(entity.slug),
        summary: post?.summary,
      };
    }
    if (entity.kind === 'app') {
      const titles: Partial<Record<ChangeEvent['type'], string>> = {
        'app.listed': `New in the marketplace: ${name}`,
        'app.updated': `${name} updated its listing${event.type === 'app.updated' ? listOfFields(event.fields) : ''}`,
        'app.delisted': `${name} left the marketplace`,
        baseline: `${name} is in the marketplace`,
      };
      // A delisted app keeps its verify page, which says so.
      return {
        title: titles[event.type] ?? name,
        path: event.type === 'app.delisted' ? routes.appVerify(entity.slug) : routes.app(entity.slug),
        summary: undefined,
      };
    }
    // The profile; the verify page (which every partner, former ones included, keeps) when the event is about standing or leaving.
    const profile = { path: routes.partner(entity.slug), summary: undefined };
    const proof = { path: routes.verify(entity.slug), summary: undefined };
    switch (event.type) {
      case 'partner.joined':
        return { title: tierName(event.tier) ? `${name} joined as ${tierName(event.tier)}` : `${name} joined as a partner`, ...profile };
      case 'partner.tier-changed':
        return { title: tierName(event.to) ? `${name} is now ${tierName(event.to)}` : `${name} changed tier`, ...profile };
      case 'partner.status-changed':
        return { title: event.to && STATUS_WORDS[event.to] ? `${name} is now ${STATUS_WORDS[event.to]}` : `${name} changed status`, ...proof };
      case 'partner.renamed':
        return { title: `${name} moved from ${routes.partner(event.from)} to ${routes.partner(event.to)}`, ...profile };
      case 'partner.updated':
        return { title: `${name} updated its profile${listOfFields(event.fields)}`, ...profile };
      case 'partner.left':
        if (joinedAt.has(`${event.date} ${entity.slug}`)) return { title: `${name}'s earlier listing was replaced by its current one`, ...profile };
        // Its file is gone, and its pages with it: the directory is what is left to link to.
        return { title: `${name} left the program`, path: routes.directory, summary: undefined };
      case 'certification.earned':
        return { title: `${name} earned ${certificationName(event.certification.id)}`, ...proof };
      case 'certification.expiring':
        return { title: `${name}: ${certificationName(event.certification.id)} expires on ${event.certification.expires}`, ...proof };
      case 'certification.expired':
        return { title: `${name}: ${certificationName(event.certification.id)} expired on ${event.certification.expires}`, ...proof };
      default:
        return { title: `${name} is in the program`, ...proof };
    }
  };
}
