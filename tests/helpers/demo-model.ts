// The model of the demo content, built by the same code as the site. No test of this branch uses
// it any more: checking a page against it cannot catch a mistake the model makes. To check the demo
// site, read what to expect from content/ (demo-content.ts); to check how something is shown, build
// a scenario whose expectations are worked out by hand (scenario.ts). Kept for tests that import it.
import { buildModel } from '../../src/model/build-model.ts';
import type { Model } from '../../src/model/model-types.ts';
import { DEMO_CONTENT, load, NOW } from './content-fixture.ts';

let model: Promise<Model> | undefined;

export function demoModel(): Promise<Model> {
  model ??= load(DEMO_CONTENT, NOW).then(async ({ content }) => (await buildModel(content!, { today: NOW })).model);
  return model;
}
