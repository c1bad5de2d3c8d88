import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './src/renderer/renderer-vite-config';

// The preload must be CommonJS: a sandboxed window cannot load an ES module preload.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: resolve(__dirname, 'out/renderer') },
  },
});
