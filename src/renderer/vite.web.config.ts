import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from './renderer-vite-config.ts';

// Web mode: the same renderer as a plain site on localhost, for browsers and end-to-end tests.
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(fileURLToPath(new URL('.', import.meta.url)), '../../out/web') },
  preview: { host: '127.0.0.1', port: 5178, strictPort: true },
});
