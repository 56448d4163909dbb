// How paths are shown in problems.
import path from 'node:path';

/** Paths as the user should see them: relative to where the command runs, absolute when outside it. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return (relative.startsWith('..') ? absolute : relative || '.').split(path.sep).join('/');
}
