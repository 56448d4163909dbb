// The toolkit publishes each brand asset as /toolkit/<id>.<ext> and, for images, renditions named
// /toolkit/<id>-<size>.<format> (src/shared/toolkit-paths.ts): an id such as "mark-64" for a PNG
// would take the file name of the 64-pixel PNG of the asset "mark".
import { hasRenditions, RENDITION_FORMATS, RENDITION_SIZES, toolkitOriginalPath, toolkitRenditionPath } from '../shared/toolkit-paths.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';

export const checkToolkitFileNames: CrossCheck = (files) => {
  for (const { raw, report } of files) {
    const assets = items(fields(raw).assets);
    const renditions = new Map<string, { id: string; size: number; format: string }>();
    for (const [asset] of assets) {
      const id = text(fields(asset).id);
      const file = text(fields(asset).file);
      if (!id || !file || !hasRenditions(file)) continue;
      for (const size of RENDITION_SIZES) for (const format of RENDITION_FORMATS) renditions.set(toolkitRenditionPath(id, size, format), { id, size, format });
    }
    for (const [asset, index] of assets) {
      const id = text(fields(asset).id);
      const file = text(fields(asset).file);
      const original = id && file ? toolkitOriginalPath(id, file) : undefined;
      const taken = original && renditions.get(original);
      if (!taken || report.hasErrorAt(['assets', index, 'id'])) continue;
      report.field(['assets', index, 'id'], 'error', {
        code: 'toolkit-name-taken',
        message: `the id "${id}" would publish this file as ${original}, the name of the ${taken.size}-pixel ${taken.format.toUpperCase()} of "${taken.id}"`,
        fix: `choose an id that does not end in -${taken.size}: the toolkit adds -${RENDITION_SIZES.join(', -')} to "${taken.id}" for its sizes`,
      });
    }
  }
};
