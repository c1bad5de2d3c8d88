import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The main process is bundled to out/main/index.js as an ES module, where __dirname does not
// exist; the renderer and preload are built next to it (out/renderer, out/preload).
const mainDir = dirname(fileURLToPath(import.meta.url));

export const rendererDir = join(mainDir, '../renderer');
export const preloadPath = join(mainDir, '../preload/index.cjs');
