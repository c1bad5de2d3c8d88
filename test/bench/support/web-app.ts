import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
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

export const benchPassphrase = 'bench larch grove kettle';

/**
 * Answers the passphrase screen (first use or unlock) and waits for the app. Returns the page's
 * performance.now() at the moment the reviewer submits, so figures can start from there.
 */
export async function unlockApp(page: Page): Promise<number> {
  const setup = page.getByRole('heading', { name: 'Protect the case data on this computer' });
  const unlock = page.getByRole('heading', { name: 'Unlock CSPR Desk' });
  await setup.or(unlock).waitFor();
  const first = await setup.isVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(benchPassphrase);
  if (first) await page.getByLabel('Passphrase again').fill(benchPassphrase);
  const at = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: first ? 'Encrypt and continue' : 'Unlock' }).click();
  await page.locator('.app').waitFor({ timeout: 120_000 });
  return at;
}

/**
 * Data seeded straight into IndexedDB is stored in the clear; this has the app encrypt it as it
 * does data from before encryption (at the next unlock), so benchmarks read sealed records.
 */
export async function sealSeededData(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('cspr-desk-vault');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = database.transaction('vault', 'readwrite').objectStore('vault');
    await new Promise<void>((resolve, reject) => {
      const get = store.get('vault');
      get.onsuccess = () => {
        const record = get.result as Record<string, unknown>;
        delete record.sealedAt;
        const put = store.put(record);
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    database.close();
  });
  await page.reload();
  await unlockApp(page);
}

/** How long the passphrase takes to turn into a key here (PBKDF2-SHA-256, 600,000 iterations). */
export async function pbkdf2Ms(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench larch grove kettle'), 'PBKDF2', false, ['deriveBits']);
    const start = performance.now();
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 }, material, 256);
    return performance.now() - start;
  });
}
