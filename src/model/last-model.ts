// The model the pages built, kept for the build's final step, which runs outside Vite and would
// otherwise hash every logo and compute every report again.
import { recall, remember } from '../shared/same-process.ts';
import type { BuiltModel } from './build-model.ts';

const NAME = 'built model';

export function rememberModel(root: string, today: string, built: Promise<BuiltModel>): Promise<BuiltModel> {
  return remember(NAME, `${root}\0${today}`, built);
}

/** The model last built from this folder for this date, if any. */
export function rememberedModel(root: string, today: string): Promise<BuiltModel> | undefined {
  return recall<Promise<BuiltModel>>(NAME, `${root}\0${today}`);
}
