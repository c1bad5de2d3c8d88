import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './renderer-vite-config';

// Web mode: the same renderer as a plain site on localhost, for browsers and end-to-end tests.
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve(__dirname, '../../out/web') },
  preview: { host: '127.0.0.1', port: 5178, strictPort: true },
});
