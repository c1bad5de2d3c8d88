import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

// electron-vite's config loader gives each file its own import.meta.url but not its own import.meta.dirname.
const rendererDir = fileURLToPath(new URL('.', import.meta.url));

// Shared by the Electron build and web mode so both ship the same renderer.
export const rendererConfig = {
  root: resolve(rendererDir),
  base: './',
  plugins: [react()],
  // Workers (the Word export) as ES modules, loaded from the app's own origin.
  worker: { format: 'es' },
  build: {
    outDir: resolve(rendererDir, '../../out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: resolve(rendererDir, 'index.html') },
  },
} satisfies UserConfig;
