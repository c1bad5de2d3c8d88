import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const webOut = resolve(root, 'out/web');

/** Serves the built web app (npm run bench builds it first) and opens headless Chromium. */
export async function startWebApp(): Promise<{ url: string; browser: Browser; stop: () => Promise<void> }> {
  if (!existsSync(resolve(webOut, 'index.html'))) throw new Error('No web build: run `npm run build:web` first (npm run bench does).');
  const server: PreviewServer = await preview({
    configFile: resolve(root, 'src/renderer/vite.web.config.ts'),
    preview: { port: 5190, strictPort: false, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    url,
    browser,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The JavaScript the first screen loads (entry script and its preloads), in kB gzip. */
export function firstScreenJsKbGzip(): number {
  const html = readFileSync(resolve(webOut, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = scripts.reduce((total, file) => total + gzipSync(readFileSync(resolve(webOut, file))).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}
