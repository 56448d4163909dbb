// Astro runs the content layer and the pages (inside Vite) and build integrations (outside it) in
// one process, but as separate copies of the modules, so a module-level cache is not shared.
// What one side computed is kept here, on globalThis, for the other to reuse.
const KEY = Symbol.for('partnerkit.sameProcess');
const slots = ((globalThis as { [KEY]?: Map<string, { key: string; value: unknown }> })[KEY] ??= new Map());

/** Keeps `value` under `name` for `key` (e.g. the content folder and build date); returns it. */
export function remember<T>(name: string, key: string, value: T): T {
  slots.set(name, { key, value });
  return value;
}

/** What was last kept under `name`, if it was kept for the same `key`. */
export function recall<T>(name: string, key: string): T | undefined {
  const slot = slots.get(name);
  return slot && slot.key === key ? (slot.value as T) : undefined;
}
