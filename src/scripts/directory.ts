// Progressive enhancement of a directory (Directory.astro: the partners, or the apps). The page is
// complete without it: every filter value is a link to its static facet page. With it, the same
// links become checkboxes that filter in place, the search box searches, the sort orders, chips
// show what is chosen, and on a phone the filters open in a sheet. The state lives in the URL
// (shareable; the back button undoes a change). Pagefind loads on the first interaction with the
// search or the filters, never at page load; until then the page shows what the build wrote, with
// the counts from the directory's counts file.

import { logoPlateClass } from '../site/logo-box.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Counts;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Counts>;
  search: (term: string | null, options: { filters: Record<string, { any: string[] }>; sort: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
}

type Sort = 'name' | 'tier' | 'newest';
interface State {
  q: string;
  /** Chosen values by facet key. */
  filters: Map<string, Set<string>>;
  sort: Sort;
}

// Results are shown a dozen at a time: each one fetches its own small fragment of the index.
const BATCH = 12;
const SORTS: Record<Sort, string> = { name: 'by name', tier: 'highest tier first', newest: 'newest first' };
const isSort = (value: string | null): value is Sort => value !== null && Object.hasOwn(SORTS, value);

const root = document.querySelector<HTMLElement>('[data-directory]');
if (root) enhance(root);

function enhance(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const lists = root.dataset.lists === 'apps' ? 'apps' : 'partners';
  const noun = lists === 'apps' ? { one: 'app', many: 'apps' } : { one: 'partner', many: 'partners' };
  /** How many entries the page's own list has: the whole directory, or a facet page's value. */
  const listed = Number(root.dataset.listed);
  const rootPath = root.dataset.root ?? location.pathname;
  const initialPath = location.pathname;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search]');
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const sortSelect = $<HTMLSelectElement>('[data-sort]');
  const options = [...root.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
  const facetKeys = [...new Set(options.map((option) => option.dataset.facet!))];
  const status = $('[data-status]');
  const list = $('[data-list]');
  const results = $('[data-results]');
  const more = $<HTMLButtonElement>('[data-more]');
  const empty = $('[data-no-results]');
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const activeFilters = $('[data-active-filters]');
  const chips = $('[data-chips]');
  const activeCount = $('[data-active-count]');
  const aside = $('[data-facets]');
  const groups = $('[data-facet-groups]');
  const sheet = $<HTMLDialogElement>('[data-sheet]');
  const sheetBody = $('[data-sheet-body]');
  const showResults = $<HTMLButtonElement>('[data-show-results]');
  const initialStatus = status.textContent ?? '';
  // Numbers as the page's language writes them ("1,234"), like the build's (displayFormat).
  const numberFormat = (() => {
    try {
      return new Intl.NumberFormat(document.documentElement.lang || 'en');
    } catch {
      return new Intl.NumberFormat('en'); // a language tag Intl does not know
    }
  })();
  const number = (value: number) => numberFormat.format(value);

  /** The filter this page stands for (a facet page's value), chosen when the page loads as it is. */
  const implied = new Map<string, Set<string>>();
  const [impliedKey, impliedValue] = (root.dataset.implied ?? '').split(':');
  if (impliedKey && impliedValue) implied.set(impliedKey, new Set([impliedValue]));

  // The values' names, for the chips, before the no-script notes leave the links.
  const names = new Map(
    options.map((option) => [`${option.dataset.facet}:${option.dataset.value}`, option.querySelector('.facet-name')?.firstChild?.textContent?.trim() ?? '']),
  );
  for (const option of options) {
    option.querySelector('[data-selected-note]')?.remove();
    option.setAttribute('role', 'checkbox');
  }
  const countElements = [...root.querySelectorAll<HTMLElement>('[data-count]')];
  const countElement = new Map(countElements.map((element) => [element.dataset.count!, element]));

  // ---- state and URL -------------------------------------------------------------------------
  const copy = (filters: Map<string, Set<string>>) => new Map([...filters].map(([key, values]) => [key, new Set(values)]));
  let state: State = { q: '', filters: copy(implied), sort: 'name' };
  const selectedCount = (filters: Map<string, Set<string>>) => [...filters.values()].reduce((sum, values) => sum + values.size, 0);
  const sameFilters = (a: Map<string, Set<string>>, b: Map<string, Set<string>>) =>
    selectedCount(a) === selectedCount(b) && [...a].every(([key, values]) => [...values].every((value) => b.get(key)?.has(value)));
  /** Whether the page shows what the build wrote: its own list, no search, by name. */
  const isInitial = (s: State) => s.q === '' && s.sort === 'name' && sameFilters(s.filters, implied);

  const readUrl = (): State => {
    const params = new URLSearchParams(location.search);
    const filters = location.pathname === initialPath ? copy(implied) : new Map<string, Set<string>>();
    for (const key of facetKeys) {
      for (const value of params.getAll(key)) {
        if (!names.has(`${key}:${value}`)) continue;
        filters.set(key, (filters.get(key) ?? new Set()).add(value));
      }
    }
    const sort = params.get('sort');
    return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'name' };
  };
  const urlOf = (s: State) => {
    if (isInitial(s)) return initialPath;
    const params = new URLSearchParams();
    if (s.q) params.set('q', s.q);
    for (const key of facetKeys) for (const value of s.filters.get(key) ?? []) params.append(key, value);
    if (s.sort !== 'name') params.set('sort', s.sort);
    const query = params.toString();
    // A facet page's filters are shared from the directory's own page.
    return `${implied.size ? rootPath : initialPath}${query ? `?${query}` : ''}`;
  };
  const writeUrl = (push: boolean) => {
    const url = urlOf(state);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  // ---- the controls show the state --------------------------------------------------------------
  const showControls = () => {
    if (input.value.trim() !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    for (const option of options) option.setAttribute('aria-checked', String(state.filters.get(option.dataset.facet!)?.has(option.dataset.value!) ?? false));
    const chosen = selectedCount(state.filters);
    activeCount.textContent = chosen ? `(${chosen})` : '';
    const chipItems = facetKeys.flatMap((key) =>
      [...(state.filters.get(key) ?? [])].map((value) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset.remove = `${key}:${value}`;
        const name = names.get(`${key}:${value}`) ?? value;
        button.setAttribute('aria-label', `Remove ${name}`);
        const x = document.createElement('span');
        x.className = 'chip-x';
        x.setAttribute('aria-hidden', 'true');
        x.textContent = '✕';
        button.append(name, x);
        item.append(button);
        return item;
      }),
    );
    if (state.q) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.dataset.remove = 'q';
      button.setAttribute('aria-label', `Remove the search for “${state.q}”`);
      const x = document.createElement('span');
      x.className = 'chip-x';
      x.setAttribute('aria-hidden', 'true');
      x.textContent = '✕';
      button.append(`“${state.q}”`, x);
      item.append(button);
      chipItems.unshift(item);
    }
    chips.replaceChildren(...chipItems);
    activeFilters.hidden = chipItems.length === 0;
  };

  // ---- counts -----------------------------------------------------------------------------------
  const showCounts = (counts: Counts) => {
    for (const option of options) {
      const key = option.dataset.facet!;
      const value = option.dataset.value!;
      const count = counts[key]?.[value] ?? 0;
      countElement.get(`${key}:${value}`)!.textContent = number(count);
      // Dimmed, not hidden: the value is still there to choose, it finds nothing with the rest.
      option.classList.toggle('zero', count === 0);
    }
  };
  // The counts the build wrote (a facet page's other facets), completed from the counts file: how
  // many of the whole directory have each value. Fetched at load: a small file, not the index.
  const initialCounts: Promise<Counts> = fetch(root.dataset.counts ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<Counts>) : {}))
    .catch((): Counts => ({}))
    .then((file: Counts) => {
      const counts: Counts = {};
      for (const [key, element] of countElement) {
        const [facet, value] = key.split(':') as [string, string];
        const written = element.textContent?.trim();
        const count = written ? Number(written.replace(/\D/g, '')) : file[facet]?.[value];
        if (count === undefined) continue;
        counts[facet] ??= {};
        counts[facet][value] = count;
      }
      return counts;
    });
  void initialCounts.then((counts) => {
    // Without the counts file (a failed request), blanks rather than zeros.
    if (isInitial(state) && Object.keys(counts).length) showCounts(counts);
  });

  // ---- Pagefind, on first interaction ---------------------------------------------------------------
  let loading: Promise<Pagefind | undefined> | undefined;
  const pagefind = () =>
    (loading ??= (async () => {
      try {
        const module = (await import(/* @vite-ignore */ `${root.dataset.index ?? `${base}pagefind/`}pagefind.js`)) as Pagefind;
        await module.options({ baseUrl: base });
        await module.init();
        // Counts need the filter indexes: loaded with the rest, so counts stay during a text search.
        await module.filters();
        return module;
      } catch {
        return undefined; // No index (e.g. `astro dev`): the list the build wrote is still there.
      }
    })());

  // ---- rendering --------------------------------------------------------------------------------
  let pending: PagefindSearch['results'] = [];
  let generation = 0;

  const setShowResults = (count: number) => {
    // "No partners match" is the status's to say; the button only counts.
    showResults.textContent = `Show ${number(count)} ${count === 1 ? noun.one : noun.many}`;
  };
  setShowResults(listed);

  const render = async () => {
    const run = ++generation;
    showControls();
    if (isInitial(state)) {
      list.hidden = false;
      if (pagination) pagination.hidden = false;
      results.hidden = true;
      more.hidden = true;
      empty.hidden = true;
      status.textContent = initialStatus;
      setShowResults(listed);
      const counts = await initialCounts;
      if (run === generation && Object.keys(counts).length) showCounts(counts);
      return;
    }
    const engine = await pagefind();
    if (!engine || run !== generation) return;
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, values] of state.filters) if (values.size) filters[key] = { any: [...values] };
    const sort = { [state.sort]: 'asc' as const };
    const term = state.q || null;
    // Within a facet the values are alternatives (any of them), so a facet with a choice shows what
    // each of its values would match given everything else: counted without its own filter. Those
    // searches do not depend on each other, so they run together.
    const keys = Object.keys(filters);
    const [search, ...withoutOwn] = await Promise.all([
      engine.search(term, { filters, sort }),
      ...keys.map((key) => {
        const { [key]: _own, ...others } = filters;
        return engine.search(term, { filters: others, sort });
      }),
    ]);
    if (run !== generation) return; // a newer search has started
    const counts = { ...search!.filters };
    keys.forEach((key, i) => {
      counts[key] = withoutOwn[i]!.filters[key] ?? {};
    });
    list.hidden = true;
    if (pagination) pagination.hidden = true;
    results.replaceChildren();
    const count = search!.results.length;
    results.hidden = count === 0;
    empty.hidden = count > 0;
    pending = search!.results;
    showCounts(counts);
    setShowResults(count);
    status.textContent =
      count === 0 ? `No ${noun.many} match` : `${number(count)} ${count === 1 ? `${noun.one} matches` : `${noun.many} match`}, ${SORTS[state.sort]}`;
    await showMore(run);
  };

  const showMore = async (run: number) => {
    const batch = pending.splice(0, BATCH);
    const cards = await Promise.all(batch.map(async (result) => card(await result.data())));
    if (run !== generation) return;
    results.append(...cards);
    more.hidden = pending.length === 0;
  };

  /** Change the state, put it in the URL, show it. */
  const update = (change: (s: State) => State, push: boolean) => {
    state = change(state);
    writeUrl(push);
    void render();
  };
  const toggle = (key: string, value: string) =>
    update((s) => {
      const filters = copy(s.filters);
      const values = filters.get(key) ?? new Set<string>();
      if (values.has(value)) values.delete(value);
      else values.add(value);
      if (values.size) filters.set(key, values);
      else filters.delete(key);
      return { ...s, filters };
    }, true);
  const clearAll = () => update((s) => ({ ...s, q: '', filters: new Map() }), true);

  // ---- cards: the same markup as PartnerCard.astro and AppCard.astro, text nodes only (index data is never parsed as HTML)
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // The logo on its plate, shaped by the logo's aspect ratio, as Logo.astro draws it.
  const image = (data: PagefindResultData, extra = '') => {
    const width = Number(data.meta.image_width);
    const height = Number(data.meta.image_height);
    const plate = element('span', `${logoPlateClass(width, height, 'm')}${extra}`);
    const img = element('img');
    img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    if (data.meta.image) img.src = data.meta.image;
    if (width > 0) img.width = width;
    if (height > 0) img.height = height;
    plate.append(img);
    return plate;
  };
  const heading = (data: PagefindResultData) => {
    const h3 = element('h3', 'card-title');
    const link = element('a', undefined, data.meta.title ?? '');
    link.href = data.url;
    h3.append(link);
    return h3;
  };
  const card = (data: PagefindResultData) => (lists === 'apps' ? appCard(data) : partnerCard(data));
  const partnerCard = (data: PagefindResultData) => {
    const item = element('li', 'card partner-card');
    const tags = element('ul', 'tags');
    // The tier's id names its colour class (theme.css); ids are kebab-case, anything else is ignored.
    const tierId = /^[a-z0-9-]+$/.test(data.meta.tier_id ?? '') ? ` tier-${data.meta.tier_id}` : '';
    tags.append(element('li', `tag tier${tierId}`, data.meta.tier ?? ''));
    for (const type of (data.meta.types ?? '').split(', ').filter(Boolean)) tags.append(element('li', 'tag', type));
    item.append(image(data), heading(data), tags, element('p', 'summary', data.meta.summary ?? ''));
    return item;
  };
  const appCard = (data: PagefindResultData) => {
    const item = element('li', 'card app-card');
    const tags = element('ul', 'tags');
    tags.append(element('li', 'tag', data.meta.kind ?? ''), element('li', 'tag pricing', data.meta.pricing ?? ''));
    item.append(image(data, ' icon'), heading(data), element('p', 'by muted', data.meta.by ?? ''), tags, element('p', 'summary', data.meta.summary ?? ''));
    return item;
  };

  // ---- the phone's filter sheet: a modal dialog (focus stays inside, Escape closes) holding the same filters
  const openSheet = () => {
    sheetBody.append(groups);
    sheet.showModal();
    void pagefind();
  };
  sheet.addEventListener('close', () => aside.append(groups));
  $('[data-open-sheet]').addEventListener('click', openSheet);
  $('[data-close-sheet]').addEventListener('click', () => sheet.close());
  showResults.addEventListener('click', () => {
    sheet.close();
    status.scrollIntoView({ block: 'start' });
  });
  // Back to the sidebar when the screen grows past the phone layout with the sheet open.
  matchMedia('(min-width: 60rem)').addEventListener('change', (event) => event.matches && sheet.open && sheet.close());

  // ---- events -------------------------------------------------------------------------------------
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void pagefind());
  input.addEventListener('input', () => {
    void pagefind();
    clearTimeout(typing);
    typing = setTimeout(() => update((s) => ({ ...s, q: input.value.trim() }), false), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update((s) => ({ ...s, q: input.value.trim() }), true);
  });
  sortSelect.addEventListener('change', () => update((s) => ({ ...s, sort: isSort(sortSelect.value) ? sortSelect.value : 'name' }), true));
  for (const option of options) {
    option.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // a new tab: the facet page
      event.preventDefault();
      toggle(option.dataset.facet!, option.dataset.value!);
    });
    option.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault(); // a checkbox toggles with Space (Enter follows the click above)
      toggle(option.dataset.facet!, option.dataset.value!);
    });
  }
  // Turning to the filters starts loading the index, so the first choice is quick.
  for (const turnToFilters of ['focusin', 'pointerenter']) groups.addEventListener(turnToFilters, () => void pagefind(), { once: true });
  chips.addEventListener('click', (event) => {
    const remove = (event.target as Element).closest<HTMLElement>('[data-remove]')?.dataset.remove;
    if (!remove) return;
    if (remove === 'q') update((s) => ({ ...s, q: '' }), true);
    else toggle(...(remove.split(':') as [string, string]));
    // The chip is gone: keep the keyboard near it.
    (chips.querySelector<HTMLElement>('button') ?? input).focus();
  });
  for (const clear of root.querySelectorAll('[data-clear]'))
    clear.addEventListener('click', () => {
      clearAll();
      if (!sheet.open) input.focus();
    });
  more.addEventListener('click', () => void showMore(generation));
  window.addEventListener('popstate', () => {
    state = readUrl();
    void render();
  });

  state = readUrl();
  if (isInitial(state)) showControls();
  else void render();
}
