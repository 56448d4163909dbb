// Filters the embedded directory by ?tier= and ?type= (each repeatable; values within a key are alternatives).
const embedList = document.querySelector<HTMLElement>('[data-embed-list]');
const params = new URLSearchParams(location.search);
const tiers = params.getAll('tier');
const types = params.getAll('type');
if (tiers.length || types.length) {
  const items = [...(embedList?.querySelectorAll<HTMLElement>(':scope > li') ?? [])];
  let shown = 0;
  for (const item of items) {
    const matches =
      (!tiers.length || tiers.includes(item.dataset.tier ?? '')) &&
      (!types.length || (item.dataset.types ?? '').split(' ').some((type) => types.includes(type)));
    item.hidden = !matches;
    if (matches) shown++;
  }
  const status = document.querySelector('[data-embed-status]');
  if (status) status.textContent = shown ? `${shown} of ${items.length} partners` : 'No partners match these filters';
}
// The list is drawn from here on, filtered: nothing it showed moves (embed.css, [data-filtering]).
embedList?.removeAttribute('data-filtering');
