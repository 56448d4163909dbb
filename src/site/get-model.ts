// The pages' single source of data: the model, built once per build from the collections the
// Partnerkit loader filled (never re-walked per page).
import { getCollection, getEntry } from 'astro:content';
import type { Content } from '../loader/content-types.ts';
import { buildModel, type BuiltModel } from '../model/build-model.ts';
import { rememberModel } from '../model/last-model.ts';
import { rememberedPublishedFiles } from '../loader/published-files.ts';
import { buildDate, contentDirectory } from '../settings.ts';

let built: Promise<BuiltModel> | undefined;

async function contentFromCollections(): Promise<Content> {
  const data = async <T,>(name: 'partners' | 'activity' | 'caseStudies' | 'news' | 'brandAssets') => (await getCollection(name)).map((entry) => entry.data as T);
  const program = await getEntry('program', 'program');
  if (!program) throw new Error('the program collection is empty: the Partnerkit loader did not run');
  return {
    root: contentDirectory(),
    program: program.data as Content['program'],
    partners: await data<Content['partners'][number]>('partners'),
    activity: await data<Content['activity'][number]>('activity'),
    caseStudies: await data<Content['caseStudies'][number]>('caseStudies'),
    news: await data<Content['news'][number]>('news'),
    brandAssets: await data<Content['brandAssets'][number]>('brandAssets'),
    published: await rememberedPublishedFiles(contentDirectory(), buildDate()),
  };
}

export function getBuiltModel(): Promise<BuiltModel> {
  built ??= rememberModel(contentDirectory(), buildDate(), contentFromCollections().then((content) => buildModel(content, { today: buildDate() })));
  return built;
}

export async function getModel() {
  return (await getBuiltModel()).model;
}
