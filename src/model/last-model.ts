// The built model, kept on globalThis as the content load is (see loader/last-load.ts): the pages
// build it inside Vite, and the build's last step, outside Vite in the same process, reuses it
// instead of hashing every logo and computing every report again.
import type { BuiltModel } from './build-model.ts';

interface RememberedModel {
  root: string;
  today: string;
  built: Promise<BuiltModel>;
}

const KEY = Symbol.for('partnerkit.lastBuiltModel');
const slot = globalThis as { [KEY]?: RememberedModel };

export function rememberModel(root: string, today: string, built: Promise<BuiltModel>): Promise<BuiltModel> {
  slot[KEY] = { root, today, built };
  return built;
}

/** The model last built from this folder for this date, if any. */
export function rememberedModel(root: string, today: string): Promise<BuiltModel> | undefined {
  const last = slot[KEY];
  return last && last.root === root && last.today === today ? last.built : undefined;
}
