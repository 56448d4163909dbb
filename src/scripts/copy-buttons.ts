// Adds a "Copy" button to every snippet (<pre data-copy>). Without JavaScript, or without the
// Clipboard API, the snippets stay selectable text. (A module script runs once per page, however
// many components import it.)
for (const block of navigator.clipboard ? document.querySelectorAll<HTMLElement>('pre[data-copy]') : []) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  const label = block.parentElement?.querySelector('.snippet-label')?.textContent;
  button.setAttribute('aria-label', label ? `Copy the ${label} snippet` : 'Copy the snippet');
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(block.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      status.textContent = 'Copy failed: select the text instead';
    }
    setTimeout(() => (status.textContent = ''), 2500);
  });
  block.before(button, status);
}
