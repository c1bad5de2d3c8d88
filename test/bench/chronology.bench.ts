import { afterAll, bench, describe } from 'vitest';
import type { ChronologyEntry } from '../../src/core/chronology/chronology-entry';
import { filterChronology } from '../../src/core/chronology/filter-chronology';
import { importChronologySheet } from '../../src/core/chronology/import-chronology-sheet';
import { readChronologyFile } from '../../src/core/chronology/read-chronology-file';
import { chronologySortKey, sortChronology } from '../../src/core/chronology/sort-chronology';
import { generateChronologyCsv } from './support/generate-chronology-csv';
import { median, startWebApp, unlockApp } from './support/web-app';

// Chronology figures: importing a 10,000-row CSV in Chromium (file chosen → preview, and
// Import → table shows the entries); filtering and re-sorting 20,000 entries; long tasks while
// scrolling the 20,000-entry table.

const csv20k = generateChronologyCsv(20_000);
const read = await readChronologyFile('bench.csv', new TextEncoder().encode(csv20k));
if (!read.ok) throw new Error(read.message);
const imported = importChronologySheet(read.sheet);
if (!imported.ok) throw new Error(imported.message);
const entries: ChronologyEntry[] = imported.entries.map((draft, index) => {
  const entry = { ...draft, id: `e${index}`, caseId: 'c', episodeIds: index % 40 === 0 ? ['ep'] : [], sequence: index, sortKey: '' };
  return { ...entry, sortKey: chronologySortKey(entry) };
});
const reversed = [...entries].reverse();

describe('chronology of 20,000 entries (Node)', () => {
  bench('filter by text', () => {
    filterChronology(entries, { agencies: [], from: null, to: null, episodeId: null, text: 'strategy police' });
  });
  bench('filter by agency, dates and episode', () => {
    filterChronology(entries, { agencies: ['Police', 'GP'], from: '2019-01-01', to: '2020-12-31', episodeId: 'ep', text: '' });
  });
  bench('re-sort', () => {
    sortChronology(reversed);
  });
});

const app = await startWebApp();
const page = await (await app.browser.newContext()).newPage();
const importTimes: { preview: number; save: number }[] = [];
let scrollLongTasks: number[] = [];
let timelineLongTasks: number[] = [];

async function importInBrowser(rows: number, caseName: string): Promise<{ preview: number; save: number }> {
  await page.goto(app.url);
  await unlockApp(page);
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByLabel('Review name').fill(caseName);
  await page.getByLabel('Safeguarding partnership').fill('Kingsmere Safeguarding Children Partnership');
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('link', { name: caseName }).first().click();
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Chronology' }).click();
  await page.getByRole('button', { name: 'Import files…' }).click();
  const csv = generateChronologyCsv(rows);
  const started = Date.now();
  await page.getByLabel('Agency files (CSV, TSV or Excel .xlsx)').setInputFiles({ name: 'agency.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const button = page.getByRole('button', { name: `Import ${rows.toLocaleString('en-GB').replace(/,/g, '')} entries` });
  await button.waitFor({ timeout: 60_000 });
  const preview = Date.now() - started;
  const saving = Date.now();
  await button.click();
  await page.getByText(`${rows.toLocaleString('en-GB')} entries`, { exact: true }).waitFor({ timeout: 60_000 });
  return { preview, save: Date.now() - saving };
}

describe('chronology import in Chromium', () => {
  bench(
    'import a 10,000-row CSV',
    async () => {
      importTimes.push(await importInBrowser(10_000, `Bench ${importTimes.length}`));
    },
    { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});

afterAll(async () => {
  await importInBrowser(20_000, 'Bench scroll');
  scrollLongTasks = await page.evaluate(async () => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const scroller = document.querySelector<HTMLElement>('.chronology-scroll')!;
    const until = performance.now() + 3000;
    await new Promise<void>((resolve) => {
      const step = () => {
        scroller.scrollTop += 400;
        if (performance.now() < until) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    observer.disconnect();
    return longTasks;
  });
  // The timeline with the same 20,000 entries: open it, zoom in and out, pan both ways.
  timelineLongTasks = await page.evaluate(() => {
    const store = window as unknown as { __timelineTasks: number[]; __timelineObserver: PerformanceObserver };
    store.__timelineTasks = [];
    store.__timelineObserver = new PerformanceObserver((list) => store.__timelineTasks.push(...list.getEntries().map((entry) => entry.duration)));
    store.__timelineObserver.observe({ type: 'longtask' });
    return [];
  });
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.locator('svg').first().waitFor();
  for (const name of ['Zoom in', 'Zoom in', 'Earlier', 'Later', 'Later', 'Zoom in', 'Zoom out', 'Zoom out', 'Show all']) {
    await timeline.getByRole('button', { name, exact: true }).click();
    await page.waitForTimeout(150);
  }
  timelineLongTasks = await page.evaluate(() => {
    const store = window as unknown as { __timelineTasks: number[]; __timelineObserver: PerformanceObserver };
    store.__timelineObserver.disconnect();
    return store.__timelineTasks;
  });
  const total = importTimes.map(({ preview, save }) => preview + save);
  console.log(
    `Import 10,000-row CSV: median ${median(total)} ms (file chosen → preview median ${median(importTimes.map((time) => time.preview))} ms; Import → table median ${median(importTimes.map((time) => time.save))} ms), ${importTimes.length} runs`,
  );
  console.log(`Scrolling the 20,000-entry table for 3 s: ${scrollLongTasks.length} long tasks, longest ${Math.max(0, ...scrollLongTasks).toFixed(0)} ms`);
  console.log(
    `Timeline of 20,000 entries, opened, zoomed and panned (9 steps): ${timelineLongTasks.length} long tasks, longest ${Math.max(0, ...timelineLongTasks).toFixed(0)} ms`,
  );
  await app.stop();
}, 180_000);
