// The change events of the program, computed from the content's git history (src/loader/content-history.ts)
// and the current content: what changes.json and the feeds publish, and the dates the model states
// as facts (when a partner's status last changed, when a file last changed, the content's date).
// Pure: history in, events out; tested without git.
//
// Old YAML was never validated by today's rules, so nothing is copied from it unchecked: slugs, tier
// and certification ids must have the id form (kebab-case, which carries no markup), statuses must
// be one of the statuses, dates must be dates; anything else is left out. Whether an old tier or
// certification is still in program.yaml does not matter: it was then, and an event must not change
// or vanish when the program drops one later (full archive pages never change). Field names come
// from the schemas, never from the file, and private data (contacts marked private, certified
// people's names) is never compared, let alone copied; activity ledgers are not read at all.
import { AppSchema } from '../../schemas/app.ts';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { PARTNER_STATUSES, PartnerSchema } from '../../schemas/partner.ts';
import type { ContentHistory, FileChange, HistoryCommit, TrackedKind } from '../loader/content-history.ts';
import { certificationExpiry, EXPIRING_SOON_DAYS } from '../shared/certification-status.ts';
import { addDays, isCalendarDate } from '../shared/dates.ts';
import { memoize } from '../shared/memoize.ts';
import { appId, caseStudyId, changeEventId, firstSlug, newsId, partnerId } from './entity-ids.ts';

export type EntityKind = 'partner' | 'app' | 'case-study' | 'news';
export interface EntityRef {
  kind: EntityKind;
  /** The immutable id (src/model/entity-ids.ts). */
  id: string;
  slug: string;
  /** A partner's or app's name as its file gave it then (checked by today's rule for names); null for posts, or a name that fails the rule. */
  name: string | null;
}

interface EventBase {
  /** Stable across builds: derived from the commit, the type and the entity. */
  id: string;
  /** RFC 3339, UTC: the commit's committer time, or the day a certification's status changed. */
  date: string;
  entity: EntityRef;
}
type Change<Type extends string, Fields = unknown> = EventBase & { type: Type } & Fields;
type FromTo = { from: string | null; to: string | null };
type HeldCertification = { certification: { id: string; earned: string | null; expires: string | null } };

export type ChangeEvent =
  | Change<'partner.joined', { tier: string | null; status: string | null }>
  | Change<'partner.tier-changed', FromTo>
  | Change<'partner.status-changed', FromTo>
  | Change<'partner.renamed', { from: string; to: string }>
  | Change<'partner.updated', { fields: string[] }>
  | Change<'partner.left'>
  | Change<'certification.earned', HeldCertification>
  | Change<'certification.expiring', HeldCertification>
  | Change<'certification.expired', HeldCertification>
  | Change<'app.listed'>
  | Change<'app.updated', { fields: string[] }>
  | Change<'app.delisted'>
  | Change<'case-study.published'>
  | Change<'news.published'>
  | Change<'baseline'>;
export type ChangeType = ChangeEvent['type'];

/** What the events are checked against and computed from, besides the history. */
export interface CurrentContent {
  today: string;
  /** Certification ids and their validity, from program.yaml. */
  certifications: ReadonlyMap<string, { validityMonths: number }>;
  partners: ReadonlyArray<{
    slug: string;
    name: string;
    formerSlugs: readonly string[];
    status: string;
    certifications: ReadonlyArray<{ id: string; earned: string; expires?: string | undefined }>;
  }>;
  apps: ReadonlyArray<{ slug: string; name: string }>;
  /** Posts are announced on their publication date, not before. */
  caseStudies: ReadonlyArray<{ slug: string; published: string }>;
  news: ReadonlyArray<{ slug: string; published: string }>;
}

export interface ContentTimeline {
  /** Every event, oldest first by (date, id): the order archive pages are cut in. */
  events: ChangeEvent[];
  /** By partner id: when its status last changed (YYYY-MM-DD), and its file. */
  partners: Map<string, { statusSince: string | undefined; updated: string | undefined }>;
  /** By app id: when its file last changed (YYYY-MM-DD). */
  apps: Map<string, { updated: string | undefined }>;
  /** The date of the last commit touching the content (YYYY-MM-DD); the build date without history. */
  contentDate: string;
}

type Record_ = Record<string, unknown>;
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);
const kebab = (value: unknown): string | undefined => (typeof value === 'string' && value.length <= 64 && KEBAB_CASE.test(value) ? value : undefined);
const calendarDate = (value: unknown): string | undefined => (typeof value === 'string' && isCalendarDate(value) ? value : undefined);
const kebabList = (value: unknown): string[] => (Array.isArray(value) ? value.map(kebab).filter((slug): slug is string => slug !== undefined) : []);

/** A name from an old file, if today's rule for names accepts it (one line, no unsafe characters, not too long). */
const checkedName = (rule: { safeParse(value: unknown): { success: boolean } }) => (data: Record_ | undefined) =>
  data && typeof data.name === 'string' && rule.safeParse(data.name).success ? data.name : null;
const partnerName = checkedName(PartnerSchema.shape.name);
const appName = checkedName(AppSchema.shape.name);

const PARTNER_FIELDS = Object.keys(PartnerSchema.shape);
const APP_FIELDS = Object.keys(AppSchema.shape);
/** Fields with events of their own: a tier or status change, a rename. */
const OWN_EVENT_FIELDS = new Set(['tier', 'status', 'formerSlugs']);

/** What of a field may be compared: only public contacts, certified people without their names. */
function comparable(field: string, value: unknown): string {
  let shown = value;
  if (field === 'contacts' && Array.isArray(value)) shown = value.filter((contact) => isRecord(contact) && contact.visibility === 'public');
  if (field === 'certifiedPeople' && Array.isArray(value)) shown = value.map((person) => (isRecord(person) ? { ...person, name: undefined } : person));
  return JSON.stringify(shown) ?? '';
}

// Each version's comparable fields, worked out once: a version is compared with the one before and the one after it.
const comparableFields = new WeakMap<Record_, Map<string, string>>();
function comparableOf(data: Record_, field: string): string {
  const fields = comparableFields.get(data) ?? new Map<string, string>();
  comparableFields.set(data, fields);
  const known = fields.get(field);
  if (known !== undefined) return known;
  const text = data[field] === undefined ? '' : comparable(field, data[field]);
  fields.set(field, text);
  return text;
}

function changedFields(known: readonly string[], before: Record_, after: Record_): string[] {
  return known.filter((field) => !OWN_EVENT_FIELDS.has(field) && before[field] !== after[field] && comparableOf(before, field) !== comparableOf(after, field));
}

interface EntityState {
  slug: string;
  /** Every slug and name it has had, oldest first, from when: an event is named as it was that day. */
  names: Array<{ since: string; slug: string; name: string | null }>;
  data: Record_;
  exists: boolean;
  statusSince: string | undefined;
  updated: string | undefined;
  /** Each certification its file has listed (by id and earned date): when it was committed, its written expiry, and when the file stopped listing it. */
  held: Map<string, HeldRecord>;
}

interface HeldRecord {
  id: string;
  earned: string;
  expires: string | undefined;
  recorded: string;
  until: string | undefined;
}

const day = (date: string) => date.slice(0, 10);
const startOf = (isoDate: string) => `${isoDate}T00:00:00Z`;
const certKey = (id: string, earned: string) => `${id}@${earned}`;
/** The later of two RFC 3339 times in UTC (they sort as text). */
const later = (a: string, b: string) => (a < b ? b : a);

/** The events and dates of a program's history, checked against the current content. */
export function contentTimeline(history: ContentHistory, current: CurrentContent): ContentTimeline {
  const events: ChangeEvent[] = [];
  const partnersKnown: KnownEntities = { states: new Map(), bySlug: new Map() };
  const appsKnown: KnownEntities = { states: new Map(), bySlug: new Map() };
  const partners = partnersKnown.states;
  const apps = appsKnown.states;
  const seen = new Set<string>(); // case studies and news already published
  const tierOf = (data: Record_) => kebab(data.tier) ?? null;
  const statusOf = (data: Record_) => {
    const status = data.status ?? 'active';
    return typeof status === 'string' && (PARTNER_STATUSES as readonly string[]).includes(status) ? status : null;
  };
  const heldOf = (data: Record_) =>
    (Array.isArray(data.certifications) ? data.certifications : []).flatMap((held) => {
      const id = isRecord(held) ? kebab(held.id) : undefined;
      const earned = isRecord(held) ? calendarDate(held.earned) : undefined;
      return id && earned ? [{ id, earned, expires: isRecord(held) ? calendarDate(held.expires) : undefined }] : [];
    });

  /**
   * Brings a partner's held certifications up to its file as of `date`, and returns those it lists
   * for the first time (earned). A record is one certification with one written expiry: when the
   * expiry is changed, the old record ends that day and a new one starts, so events already
   * published for the old expiry stay as they were.
   */
  const holdings = (state: EntityState, date: string): HeldRecord[] => {
    const recordKey = (held: { id: string; earned: string; expires: string | undefined }) => `${certKey(held.id, held.earned)}:${held.expires ?? ''}`;
    const listed = new Map(heldOf(state.data).map((held) => [recordKey(held), held]));
    const heldBefore = new Set([...state.held.values()].filter((record) => record.until === undefined).map((record) => certKey(record.id, record.earned)));
    for (const [key, record] of state.held) if (!listed.has(key)) record.until ??= date;
    const earned: HeldRecord[] = [];
    for (const [key, held] of listed) {
      const record = state.held.get(key);
      if (record && record.until === undefined) continue;
      const added = { ...held, recorded: date, until: undefined };
      state.held.set(key, added);
      if (!heldBefore.has(certKey(held.id, held.earned))) earned.push(added);
    }
    return earned;
  };

  // A partner's id depends only on its first slug; most are asked for again and again.
  const partnerIdOf = memoize((first: string) => partnerId(first), Number.POSITIVE_INFINITY);
  // Where each commit's events go among those of the same second: after every earlier commit's.
  const position = new WeakMap<ChangeEvent, number>();
  let sequence = 0;
  const add = (commit: HistoryCommit, type: ChangeType, entity: EntityRef, fields: Record_ = {}, key = '', date = commit.date) => {
    const id = changeEventId(`${commit.hash}:${type}:${entity.id}${key}`);
    const event = { id, type, date, entity, ...fields } as ChangeEvent;
    position.set(event, sequence);
    events.push(event);
  };

  const caseStudyDates = new Map(current.caseStudies.map((study) => [study.slug, study.published]));
  const newsDates = new Map(current.news.map((post) => [post.slug, post.published]));
  // Commits in the order they were published, each dated no earlier than the one before it: a commit
  // whose clock was behind (or whose date was set by hand) must not insert events into pages already full.
  let previous = '';
  const published = history.commits.map((commit) => {
    previous = later(previous, commit.date);
    return commit.date === previous ? commit : { ...commit, date: previous };
  });
  for (const commit of published) {
    sequence++;
    const byKind = (kind: TrackedKind) => commit.changes.filter((change) => change.kind === kind);
    entityChanges(commit, byKind('partner'), partnersKnown, (slug, data) => partnerIdOf(firstSlug(slug, kebabList(data?.formerSlugs))), partnerName, {
      arrived(state, entity) {
        state.statusSince = commit.date;
        holdings(state, commit.date);
        if (commit.baseline) return add(commit, 'baseline', entity);
        add(commit, 'partner.joined', entity, { tier: tierOf(state.data), status: statusOf(state.data) });
      },
      changed(state, before, entity) {
        if (before.slug !== state.slug) add(commit, 'partner.renamed', entity, { from: before.slug, to: state.slug });
        if (comparableOf(before.data, 'tier') !== comparableOf(state.data, 'tier')) {
          add(commit, 'partner.tier-changed', entity, { from: tierOf(before.data), to: tierOf(state.data) });
        }
        const status = (data: Record_) => (data.status === undefined ? '"active"' : comparableOf(data, 'status'));
        if (status(before.data) !== status(state.data)) {
          state.statusSince = commit.date;
          add(commit, 'partner.status-changed', entity, { from: statusOf(before.data), to: statusOf(state.data) });
        }
        const fields = changedFields(PARTNER_FIELDS, before.data, state.data);
        if (fields.length > 0) add(commit, 'partner.updated', entity, { fields });
        for (const earned of holdings(state, commit.date)) {
          add(
            commit,
            'certification.earned',
            entity,
            { certification: { id: earned.id, earned: earned.earned, expires: null } },
            `:${certKey(earned.id, earned.earned)}`,
          );
        }
      },
      left(state, entity) {
        for (const record of state.held.values()) record.until ??= commit.date;
        add(commit, 'partner.left', entity);
      },
    });
    entityChanges(commit, byKind('app'), appsKnown, (slug) => appId(slug), appName, {
      arrived: (_state, entity) => add(commit, commit.baseline ? 'baseline' : 'app.listed', entity),
      changed(state, before, entity) {
        const fields = changedFields(APP_FIELDS, before.data, state.data);
        if (fields.length > 0) add(commit, 'app.updated', entity, { fields });
      },
      left: (_state, entity) => add(commit, 'app.delisted', entity),
    });
    for (const [kind, idOf, posts] of [
      ['case-study', caseStudyId, caseStudyDates],
      ['news', newsId, newsDates],
    ] as const) {
      for (const change of byKind(kind)) {
        const slug = kebab(change.after?.slug);
        if (!slug || change.before || seen.has(`${kind}:${slug}`)) continue;
        // A post dated after its commit is published on its date: not announced before then.
        const published = posts.get(slug);
        if (published !== undefined && published > current.today) continue;
        seen.add(`${kind}:${slug}`);
        const date = published === undefined ? commit.date : later(commit.date, startOf(published));
        add(commit, commit.baseline ? 'baseline' : `${kind}.published`, { kind, id: idOf(slug), slug, name: null }, {}, '', date);
      }
    }
  }

  const lastCommit = published.at(-1);
  const contentDate = lastCommit ? day(lastCommit.date) : current.today;
  if (history.state === 'none') events.push(...currentBaseline(current, contentDate));
  events.push(...certificationStatusEvents(current, history, partners));
  // Oldest first by date; in the same second, in the order of their commits (events computed from the
  // build date after them); then by id. New commits' events can only come after, so full pages stay full.
  const positionOf = (event: ChangeEvent) => position.get(event) ?? Number.MAX_SAFE_INTEGER;
  events.sort((a, b) => compareAscii(a.date, b.date) || positionOf(a) - positionOf(b) || compareAscii(a.id, b.id));

  const known = (value: string | undefined, baseline: string | undefined) => (value === undefined || value === baseline ? undefined : day(value));
  const graft = published.find((commit) => commit.baseline)?.date;
  return {
    events,
    partners: new Map(
      [...partners]
        .filter(([, state]) => state.exists)
        .map(([id, state]) => [id, { statusSince: known(state.statusSince, graft), updated: known(state.updated, graft) }]),
    ),
    apps: new Map([...apps].filter(([, state]) => state.exists).map(([id, state]) => [id, { updated: known(state.updated, graft) }])),
    contentDate,
  };
}

/** Dates and ids are ASCII: compared by code unit (a locale-aware compare is slower and could differ between machines). */
const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every partner (or app) seen so far, by id, and the entity each current slug names. */
interface KnownEntities {
  states: Map<string, EntityState>;
  bySlug: Map<string, string>;
}

interface Reactions {
  arrived(state: EntityState, entity: EntityRef): void;
  changed(state: EntityState, before: { slug: string; data: Record_ }, entity: EntityRef): void;
  left(state: EntityState, entity: EntityRef): void;
}

/**
 * One commit's changes to partner (or app) files, matched by the entity's id: a file deleted and
 * another added with the same id (its formerSlugs name the old one) is a rename, whether or not git
 * paired them. A version that did not parse is skipped: the next one is compared with the last good one.
 */
function entityChanges(
  commit: HistoryCommit,
  changes: readonly FileChange[],
  known: KnownEntities,
  idOf: (slug: string, data: Record_ | undefined) => string,
  nameOf: (data: Record_ | undefined) => string | null,
  react: Reactions,
) {
  const { states, bySlug } = known;
  // Which entity each slug named before this commit, for the files it removed.
  const before = new Map<string, string | undefined>();
  const present = new Set<string>();
  for (const change of changes) {
    const slug = kebab(change.after?.slug);
    const data = change.after?.data;
    if (!slug || !isRecord(data)) continue;
    const id = idOf(slug, data);
    present.add(id);
    if (!before.has(slug)) before.set(slug, bySlug.get(slug));
    bySlug.set(slug, id);
    const entity = { kind: change.kind as EntityKind, id, slug, name: nameOf(data) };
    const state = states.get(id);
    if (!state?.exists) {
      const arrived: EntityState = {
        slug,
        names: [{ since: commit.date, slug, name: entity.name }],
        data,
        exists: true,
        statusSince: undefined,
        updated: commit.date,
        held: new Map(),
      };
      states.set(id, arrived);
      react.arrived(arrived, entity);
      continue;
    }
    const previous = { slug: state.slug, data: state.data };
    const last = state.names.at(-1)!;
    if (slug !== last.slug || entity.name !== last.name) state.names.push({ since: commit.date, slug, name: entity.name });
    Object.assign(state, { slug, data, updated: commit.date });
    react.changed(state, previous, entity);
  }
  for (const change of changes) {
    const slug = kebab(change.before?.slug);
    // Renamed into (or edited to) a version that did not parse: not known to be gone.
    if (!slug || (change.after && !isRecord(change.after.data))) continue;
    const id = before.has(slug) ? before.get(slug) : bySlug.get(slug);
    const state = id === undefined ? undefined : states.get(id);
    // Still there under this slug or another (a rename), or already gone.
    if (!id || !state?.exists || present.has(id) || state.slug !== slug) continue;
    state.exists = false;
    state.updated = commit.date;
    if (bySlug.get(slug) === id) bySlug.delete(slug);
    react.left(state, { kind: change.kind as EntityKind, id, slug, name: nameOf(state.data) });
  }
}

/** Without history: one baseline event for each partner, app, case study and post there is now. */
function currentBaseline(current: CurrentContent, date: string): ChangeEvent[] {
  const baseline = (kind: EntityKind, id: string, slug: string, name: string | null = null): ChangeEvent => ({
    id: changeEventId(`baseline:${id}`),
    type: 'baseline',
    date: startOf(date),
    entity: { kind, id, slug, name },
  });
  return [
    ...current.partners.map((p) => baseline('partner', partnerId(p.slug, p.formerSlugs), p.slug, p.name)),
    ...current.apps.map((a) => baseline('app', appId(a.slug), a.slug, a.name)),
    ...current.caseStudies.filter((s) => s.published <= current.today).map((s) => baseline('case-study', caseStudyId(s.slug), s.slug)),
    ...current.news.filter((n) => n.published <= current.today).map((n) => baseline('news', newsId(n.slug), n.slug)),
  ];
}

/**
 * When a certification started expiring (EXPIRING_SOON_DAYS before it ends) and when it expired,
 * once that day has come, while the partner's file listed it. With history, from every
 * certification any partner's file has listed, so an event stays once published (a partner leaving
 * later does not take it back); dated that day, or when the certification was committed if that was
 * later, so no event is ever dated before the change it follows (archive pages never change).
 * Without history, from the current content.
 */
function certificationStatusEvents(current: CurrentContent, history: ContentHistory, states: ReadonlyMap<string, EntityState>): ChangeEvent[] {
  const holders: Array<{ id: string; namedOn: (date: string) => { slug: string; name: string | null }; records: Iterable<HeldRecord> }> =
    history.state === 'none'
      ? current.partners.map((partner) => ({
          id: partnerId(partner.slug, partner.formerSlugs),
          namedOn: () => ({ slug: partner.slug, name: partner.name }),
          records: partner.certifications.map(
            (held): HeldRecord => ({ id: held.id, earned: held.earned, expires: held.expires, recorded: '', until: undefined }),
          ),
        }))
      : [...states].map(([id, state]) => ({
          id,
          namedOn: (date: string) => state.names.findLast((named) => named.since <= date) ?? state.names[0]!,
          records: state.held.values(),
        }));
  const events: ChangeEvent[] = [];
  for (const { id, namedOn, records } of holders) {
    for (const held of records) {
      const certification = current.certifications.get(held.id);
      if (!held.expires && !certification) continue; // no written end, and the program no longer says how long it lasts
      const expires = certificationExpiry(held.earned, held.expires, certification?.validityMonths ?? 0);
      const steps = [
        ['certification.expiring', addDays(expires, -EXPIRING_SOON_DAYS)],
        ['certification.expired', expires],
      ] as const;
      for (const [type, on] of steps) {
        const date = later(held.recorded, startOf(on));
        if (on > current.today || (held.until !== undefined && held.until <= date)) continue;
        events.push({
          id: changeEventId(`${type}:${id}:${certKey(held.id, held.earned)}:${expires}`),
          type,
          date,
          entity: { kind: 'partner', id, slug: namedOn(date).slug, name: namedOn(date).name },
          certification: { id: held.id, earned: held.earned, expires },
        });
      }
    }
  }
  return events;
}

/** The build's one line about where the events came from, e.g. "changes: 214 events from 57 commits". */
export function changesNotice(history: ContentHistory, events: number, contentFolder: string): string {
  const skipped =
    history.unreadable > 0 ? ` (${history.unreadable} old partner or app file${history.unreadable === 1 ? '' : 's'} did not parse and were left out)` : '';
  const fullHistory = 'publish with full history: actions/checkout fetch-depth: 0';
  const count = `${events} event${events === 1 ? '' : 's'}`;
  if (history.state === 'full') return `changes: ${count} from ${history.commits.length} commit${history.commits.length === 1 ? '' : 's'}${skipped}`;
  if (history.state === 'shallow') {
    return `changes: ${count}; ${contentFolder} is a shallow clone, so changes.json starts with a baseline of its oldest commit (${fullHistory})${skipped}`;
  }
  return `changes: no git history for ${contentFolder} (${history.reason}) → changes.json lists a baseline of the current content (${fullHistory})`;
}
