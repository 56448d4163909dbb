// The model of the demo content, computed independently of the site build, to check pages against.
import { buildModel } from '../../src/model/build-model.ts';
import type { Model } from '../../src/model/model-types.ts';
import { DEMO_CONTENT, load, NOW } from './content-fixture.ts';

let model: Promise<Model> | undefined;

export function demoModel(): Promise<Model> {
  model ??= load(DEMO_CONTENT, NOW).then(async ({ content }) => (await buildModel(content!, { today: NOW })).model);
  return model;
}
