import { afterAll, bench, describe } from 'vitest';
import { firstScreenJsKbGzip, median, pbkdf2Ms, sealSeededData, startWebApp, unlockApp } from './support/web-app';

// Figures for the case list: JS shipped for the first screen, and navigation → case list
// interactive with 200 cases in the database, measured in the page (performance.now()).
const caseCount = 200;
const app = await startWebApp();
const context = await app.browser.newContext();
const page = await context.newPage();
await page.goto(app.url);
await unlockApp(page);
await page.getByRole('button', { name: 'New case' }).waitFor();

// Seed through IndexedDB directly, into the database the app itself created.
await page.evaluate(async (count) => {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('cspr-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = database.transaction('cases', 'readwrite');
  const statuses = ['rapid-review', 'scoping', 'in-progress', 'draft-with-panel', 'final', 'published'];
  for (let index = 0; index < count; index += 1) {
    tx.objectStore('cases').put({
      id: `bench-${index}`,
      reviewName: `Child ${index}`,
      partnership: 'Kingsmere Safeguarding Children Partnership',
      reviewers: ['Independent Reviewer A'],
      status: statuses[index % statuses.length],
      dates: { incidentNotified: '2024-04-22', reviewCommissioned: '2024-06-03', publication: null },
      archived: false,
      createdAt: '2024-04-22T09:00:00.000Z',
      updatedAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  database.close();
}, caseCount);
await sealSeededData(page);

const interactiveMs: number[] = [];

describe('case list', () => {
  bench(
    `navigation to case list interactive, ${caseCount} cases (headless Chromium)`,
    async () => {
      await page.goto(app.url);
      const unlockedAt = await unlockApp(page);
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('tr[data-case-row]').length === count && !(document.querySelector('button.primary') as HTMLButtonElement | null)?.disabled,
        caseCount,
      );
      interactiveMs.push((await page.evaluate(() => performance.now())) - unlockedAt);
    },
    { iterations: 15, warmupIterations: 2, time: 0, warmupTime: 0 },
  );
});

afterAll(async () => {
  console.log(`First-screen JS: ${firstScreenJsKbGzip()} kB gzip`);
  console.log(
    `Case list, ${caseCount} cases: median ${median(interactiveMs).toFixed(0)} ms from the passphrase given to interactive (${interactiveMs.length} runs; PBKDF2 alone ${(await pbkdf2Ms(page)).toFixed(0)} ms)`,
  );
  await app.stop();
});
