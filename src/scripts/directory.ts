// Progressive enhancement of a directory (Directory.astro: the partners, or the apps): Pagefind
// search over its own index and facet filters, with the state in the URL (shareable; the back button works). The server-rendered list stays the
// complete answer when JavaScript or the index is unavailable.

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: Array<{ id: string; data: () => Promise<PagefindResultData> }>;
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters: Record<string, { any: string[] }> }) => Promise<PagefindSearch>;
}

// Results are shown a dozen at a time: each one fetches its own small fragment of the index.
const BATCH = 12;
const root = document.querySelector<HTMLElement>('[data-directory]');
if (root) void enhance(root);

async function enhance(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const lists = root.dataset.lists === 'apps' ? 'apps' : 'partners';
  // How many entries of the whole list have each filter value: a file of its own (not written in
  // every directory page, which one partner's change would then all rewrite), fetched beside the index.
  const totalCounts: Promise<PagefindSearch['filters']> = fetch(root.dataset.counts ?? '')
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${root.dataset.index ?? `${base}pagefind/`}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
  } catch {
    return; // No index (e.g. `astro dev`): the complete list is still there.
  }

  const totals = await totalCounts;
  const form = root.querySelector<HTMLFormElement>('[data-filters]')!;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-list]')!;
  const results = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-no-results]')!;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const initialStatus = status.textContent ?? '';
  const total = Number(root.dataset.total);

  form.hidden = false;
  root.classList.add('enhanced');
  // Filters fold away on small screens, where they would push the results out of sight.
  const facets = form.querySelector<HTMLDetailsElement>('[data-facets]');
  if (facets && (matchMedia('(min-width: 60rem)').matches || [...new URLSearchParams(location.search).keys()].some((key) => key !== 'q'))) facets.open = true;

  let pending: PagefindSearch['results'] = [];
  let generation = 0;

  // Pagefind counts only the filters whose index it has loaded, and at scale those indexes are
  // most of what a search downloads. They load when someone turns to the filters; a text search
  // alone does without them (and shows no counts rather than wrong ones).
  let filtersLoaded: Promise<unknown> | undefined;
  const loadFilters = () => (filtersLoaded ??= pagefind.filters());

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
  };
  const state = () => {
    const params = new URLSearchParams();
    const term = input.value.trim();
    if (term) params.set('q', term);
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    return params;
  };
  const writeUrl = (push: boolean) => {
    const query = state().toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const render = async () => {
    const run = ++generation;
    const params = state();
    const term = params.get('q');
    const filters: Record<string, { any: string[] }> = {};
    for (const box of checkboxes) {
      if (!box.checked) continue;
      filters[box.name] ??= { any: [] };
      filters[box.name]!.any.push(box.value);
    }
    const filtering = term !== null || Object.keys(filters).length > 0;

    if (!filtering) {
      list.hidden = false;
      if (pagination) pagination.hidden = false;
      results.hidden = true;
      more.hidden = true;
      empty.hidden = true;
      status.textContent = initialStatus;
      resetCounts();
      return;
    }
    if (Object.keys(filters).length) await loadFilters();
    // Within a facet the values are alternatives (any of them), so a facet with a selection shows
    // what each of its values would match given everything else: counted without its own filter.
    // Those searches do not depend on each other, so they run together.
    const keys = Object.keys(filters);
    const [search, ...withoutOwn] = await Promise.all([
      pagefind.search(term, { filters }),
      ...keys.map((key) => {
        const { [key]: _own, ...others } = filters;
        return pagefind.search(term, { filters: others });
      }),
    ]);
    const counts = { ...search!.filters };
    keys.forEach((key, i) => {
      counts[key] = withoutOwn[i]!.filters[key] ?? {};
    });
    if (run !== generation) return; // a newer search has started
    list.hidden = true;
    if (pagination) pagination.hidden = true;
    results.replaceChildren();
    results.hidden = search.results.length === 0;
    empty.hidden = search.results.length > 0;
    pending = search.results;
    if (filtersLoaded) {
      await filtersLoaded;
      updateCounts(counts);
    } else {
      blankCounts();
    }
    const count = search.results.length;
    status.textContent = count === 0 ? `No ${lists} match` : `${count} of ${total} ${lists} match`;
    await showMore(run);
  };

  const showMore = async (run: number) => {
    const batch = pending.splice(0, BATCH);
    const cards = await Promise.all(batch.map(async (result) => card(await result.data())));
    if (run !== generation) return;
    results.append(...cards);
    more.hidden = pending.length === 0;
  };

  // The same markup as PartnerCard.astro and AppCard.astro, built with text nodes only: index data is never parsed as HTML.
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const card = (data: PagefindResultData) => (lists === 'apps' ? appCard(data) : partnerCard(data));
  const partnerCard = (data: PagefindResultData) => {
    const item = element('li', 'card partner-card');
    const logo = element('img', 'logo');
    logo.alt = '';
    logo.loading = 'lazy';
    if (data.meta.image) logo.src = data.meta.image;
    if (data.meta.image_width) logo.width = Number(data.meta.image_width);
    if (data.meta.image_height) logo.height = Number(data.meta.image_height);
    const heading = element('h3');
    const link = element('a', undefined, data.meta.title ?? '');
    link.href = data.url;
    heading.append(link);
    const tags = element('ul', 'tags');
    // The tier's id names its colour class (theme.css); ids are kebab-case, anything else is ignored.
    const tierId = /^[a-z0-9-]+$/.test(data.meta.tier_id ?? '') ? ` tier-${data.meta.tier_id}` : '';
    tags.append(element('li', `tag tier${tierId}`, data.meta.tier ?? ''));
    for (const type of (data.meta.types ?? '').split(', ').filter(Boolean)) tags.append(element('li', 'tag', type));
    item.append(logo, heading, tags, element('p', 'summary', data.meta.summary ?? ''));
    return item;
  };
  const appCard = (data: PagefindResultData) => {
    const item = element('li', 'card app-card');
    const icon = element('img', 'icon');
    icon.alt = '';
    icon.loading = 'lazy';
    if (data.meta.image) icon.src = data.meta.image;
    if (data.meta.image_width) icon.width = Number(data.meta.image_width);
    if (data.meta.image_height) icon.height = Number(data.meta.image_height);
    const heading = element('h3');
    const link = element('a', undefined, data.meta.title ?? '');
    link.href = data.url;
    heading.append(link);
    const by = element('p', 'by muted', data.meta.by ?? '');
    const tags = element('ul', 'tags');
    tags.append(element('li', 'tag', data.meta.kind ?? ''), element('li', 'tag pricing', data.meta.pricing ?? ''));
    item.append(icon, heading, by, tags, element('p', 'summary', data.meta.summary ?? ''));
    return item;
  };

  const countElements = [...form.querySelectorAll<HTMLElement>('[data-count]')];
  const updateCounts = (counts: PagefindSearch['filters']) => {
    for (const element of countElements) {
      const [key, value] = (element.dataset.count ?? '').split(':') as [string, string];
      element.textContent = String(counts[key]?.[value] ?? 0);
    }
  };
  const blankCounts = () => {
    for (const element of countElements) element.textContent = '';
  };
  // Without the counts file (a failed request), no counts rather than zeros.
  const resetCounts = () => (Object.keys(totals).length ? updateCounts(totals) : blankCounts());

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      writeUrl(false);
      void render();
    }, 150);
  });
  for (const turnToFilters of ['focusin', 'pointerenter']) {
    facets?.addEventListener(turnToFilters, () => {
      if (!filtersLoaded) void loadFilters().then(() => render());
    });
  }
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
      writeUrl(true);
      void render();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl(true);
    void render();
  });
  more.addEventListener('click', () => void showMore(generation));
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    input.value = '';
    for (const box of checkboxes) box.checked = false;
    writeUrl(true);
    void render();
    input.focus();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void render();
  });

  readUrl();
  await render();
}
