// Where Partnerkit keeps what it computed from content between runs (optimised logos, image checks).
// CI caches it; PARTNERKIT_CACHE_DIR moves it, e.g. for a cold benchmark. Content cannot write here.
import path from 'node:path';

export const CACHE_FOLDER = process.env.PARTNERKIT_CACHE_DIR ?? path.resolve('node_modules', '.cache', 'partnerkit');
