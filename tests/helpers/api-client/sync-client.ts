// An integrator's sync client, as a CRM would write one: typed by openapi-typescript from the
// published openapi.json (api-v1.ts beside this file, kept equal to the published document by
// tests/api-sync.test.ts) and calling the API with openapi-fetch. It keeps every partner and app
// record by id, and either downloads everything or applies changes.json since its last sync.
import createClient from 'openapi-fetch';
import type { components, paths } from './api-v1.ts';

type Schemas = components['schemas'];
export type PartnerRecord = Schemas['Partner'];
export type AppRecord = Schemas['App'];
type ChangeEvent = Schemas['ChangeEvent'];

/** What the client holds after a sync: every record by its immutable id, and the newest event it has applied. */
export interface SyncedState {
  partners: Map<string, PartnerRecord>;
  apps: Map<string, AppRecord>;
  /** The id of the newest event in changes.json when the state was taken; undefined before any event. */
  cursor: string | undefined;
}

/** How a sync went: what it asked for, so a test can tell an incremental sync from a full download. */
export interface SyncReport {
  mode: 'full' | 'incremental';
  /** Every URL the sync requested, in order. */
  requested: string[];
  events: number;
}

/**
 * A client of the API at `server` (its /api/v1 URL). `fetch` serves the requests: the site's
 * absolute links (next pages, movedTo) point at its public URL, which a test maps to a local server.
 */
export function syncClient(server: string, fetch: typeof globalThis.fetch) {
  let requested: string[] = [];
  const counted: typeof globalThis.fetch = (input, init) => {
    requested.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  const api = createClient<paths>({ baseUrl: server, fetch: counted });
  /** A page a `next` link or a movedTo stub names: same schemas, absolute URL. */
  const follow = async <T>(url: string): Promise<T> => {
    const response = await counted(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };

  async function partnerBySlug(slug: string): Promise<PartnerRecord | undefined> {
    const { data, response } = await api.GET('/partners/{slug}.json', { params: { path: { slug } } });
    if (response.status === 404) return undefined;
    if (!data) throw new Error(`partner ${slug}: HTTP ${response.status}`);
    return 'movedTo' in data ? follow<PartnerRecord>(data.movedTo) : data;
  }

  async function appBySlug(slug: string): Promise<AppRecord | undefined> {
    const { data, response } = await api.GET('/apps/{slug}.json', { params: { path: { slug } } });
    if (response.status === 404) return undefined;
    if (!data) throw new Error(`app ${slug}: HTTP ${response.status}`);
    return data;
  }

  /** The newest event's id: the head page's first, or, when the head is empty (an archive page has just filled), the newest archive page's. */
  async function newestEventId(): Promise<string | undefined> {
    let page: Schemas['ChangePage'] | undefined = (await api.GET('/changes.json')).data;
    if (!page) throw new Error('changes.json could not be read');
    while (page && page.events.length === 0) page = page.next ? await follow<Schemas['ChangePage']>(page.next) : undefined;
    return page?.events[0]?.id;
  }

  /** Every record, by following the list pages and reading each record's own file. */
  async function fullDownload(): Promise<SyncedState> {
    const cursor = await newestEventId();
    const partners = new Map<string, PartnerRecord>();
    const first = await api.GET('/partners.json');
    let page: Schemas['PartnerList'] | undefined = first.data;
    while (page) {
      for (const summary of page.partners) {
        const record = await partnerBySlug(summary.slug);
        if (record) partners.set(record.id, record);
      }
      page = page.next ? await follow<Schemas['PartnerList']>(page.next) : undefined;
    }
    const apps = new Map<string, AppRecord>();
    let appPage: Schemas['AppList'] | undefined = (await api.GET('/apps.json')).data;
    while (appPage) {
      for (const summary of appPage.apps) {
        const record = await appBySlug(summary.slug);
        if (record) apps.set(record.id, record);
      }
      appPage = appPage.next ? await follow<Schemas['AppList']>(appPage.next) : undefined;
    }
    return { partners, apps, cursor };
  }

  /** The events newer than `cursor`, oldest first; undefined when the cursor is no longer in the feed. */
  async function eventsSince(cursor: string | undefined): Promise<ChangeEvent[] | undefined> {
    const newer: ChangeEvent[] = [];
    let page: Schemas['ChangePage'] | undefined = (await api.GET('/changes.json')).data;
    while (page) {
      for (const event of page.events) {
        if (event.id === cursor) return newer.reverse();
        newer.push(event);
      }
      page = page.next ? await follow<Schemas['ChangePage']>(page.next) : undefined;
    }
    return cursor === undefined ? newer.reverse() : undefined;
  }

  /**
   * Applies the events since the state's cursor: re-reads each record an event names (under the
   * slug it had last), drops what is gone. A feed that no longer holds the cursor, or a baseline
   * (the history was cut), means a full download.
   */
  async function incremental(state: SyncedState): Promise<{ state: SyncedState; mode: SyncReport['mode']; events: number }> {
    const cursor = await newestEventId();
    const events = await eventsSince(state.cursor);
    if (!events || events.some((event) => event.type === 'baseline')) return { state: await fullDownload(), mode: 'full', events: events?.length ?? 0 };
    const partnerSlugs = new Map<string, string>();
    const appSlugs = new Map<string, string>();
    const studies = new Set<string>();
    for (const event of events) {
      if (event.entity.kind === 'partner') partnerSlugs.set(event.entity.id, event.entity.slug);
      if (event.entity.kind === 'app') appSlugs.set(event.entity.id, event.entity.slug);
      if (event.entity.kind === 'case-study') studies.add(event.entity.slug);
    }
    // A partner's record lists its case studies: a published one changes the records of the partners it names.
    if (studies.size > 0) {
      const { data } = await api.GET('/case-studies.json');
      for (const study of data?.caseStudies ?? []) {
        if (!studies.has(study.slug)) continue;
        for (const slug of study.partners) {
          // A partner the client does not know yet joined in these events too, and is read for that.
          const known = [...state.partners.values()].find((partner) => partner.slug === slug);
          if (known && !partnerSlugs.has(known.id)) partnerSlugs.set(known.id, slug);
        }
      }
    }
    // An app's record names its partner (tier, name, case studies), and is listed only while the
    // partner is active: whatever changes a partner changes its apps' records.
    const changedPartnerSlugs = new Set(partnerSlugs.values());
    for (const [id, app] of state.apps) if (changedPartnerSlugs.has(app.partner.slug) && !appSlugs.has(id)) appSlugs.set(id, app.slug);
    const partners = new Map(state.partners);
    for (const [id, slug] of partnerSlugs) {
      const record = await partnerBySlug(slug);
      if (record) partners.set(record.id, record);
      else partners.delete(id);
    }
    const apps = new Map(state.apps);
    for (const [id, slug] of appSlugs) {
      const record = await appBySlug(slug);
      if (record) apps.set(record.id, record);
      else apps.delete(id);
    }
    return { state: { partners, apps, cursor }, mode: 'incremental', events: events.length };
  }

  return {
    fullDownload,
    /** Syncs from `state`: incrementally when it has synced before. */
    async sync(state: SyncedState | undefined): Promise<{ state: SyncedState; report: SyncReport }> {
      requested = [];
      const result = state ? await incremental(state) : { state: await fullDownload(), mode: 'full' as const, events: 0 };
      return { state: result.state, report: { mode: result.mode, requested, events: result.events } };
    },
  };
}
