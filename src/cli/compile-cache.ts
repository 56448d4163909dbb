// Preloaded by every command (`node --import ./src/cli/compile-cache.ts …`, see package.json):
// Node keeps the compiled form of Partnerkit's modules, TypeScript stripping included, between
// runs, so a command starts in ~0.17 s instead of ~0.28 s. Content never reaches this cache.
import module from 'node:module';
import path from 'node:path';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';

module.enableCompileCache?.(path.join(CACHE_FOLDER, 'node-compile'));
