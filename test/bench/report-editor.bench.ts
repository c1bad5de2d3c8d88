import { afterAll, bench, describe } from 'vitest';
import type { ReportNode } from '../../src/core/report/report-document';
import { countWords } from '../../src/core/report/word-count';
import { generateReport } from './support/generate-report';
import { benchRegister } from './support/bench-register';
import { seedCase } from './support/seed-case';
import { typeAndMeasure } from './support/keystroke-latency';
import { median, pbkdf2Ms, startWebApp, unlockApp } from './support/web-app';

// Report editor figures in headless Chromium, with a generated report of about 60,000 words:
// opening it, keystroke-to-paint latency (Event Timing API), and long tasks while typing and
// autosaving.
const content = generateReport(60_000);
const textOf = (node: ReportNode): string => node.text ?? (node.content ?? []).map(textOf).join(' ');
const words = countWords(textOf(content));
const app = await startWebApp();
const page = await (await app.browser.newContext()).newPage();
await page.goto(app.url);
await unlockApp(page);
await page.getByRole('button', { name: 'New case' }).waitFor();
await seedCase(page, 'bench-report', content, benchRegister(300));
const reportUrl = `${app.url}#/case/bench-report/report`;
const openMs: number[] = [];

async function openReport(): Promise<void> {
  await page.goto('about:blank');
  await page.goto(reportUrl);
  // From the passphrase given (the app opens where it was): unlocking, decrypting and painting.
  const unlockedAt = await unlockApp(page);
  await page.waitForFunction(() => document.querySelectorAll('.ProseMirror p[data-paragraph-number]').length > 1000);
  openMs.push((await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))))) - unlockedAt);
}

describe('report editor, 60,000 words', () => {
  bench('open the report (passphrase given to editor painted)', openReport, { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
});

afterAll(async () => {
  // Typing: 300 keystrokes into the middle of the report; then, for scale, into a bare textarea
  // on the same page (the floor: a key's paint waits for the next frame).
  await openReport();
  const keystrokes = 300;
  const report = await typeAndMeasure(page, '.ProseMirror section[data-section-key="analysis"] p >> nth=40', keystrokes);
  const saved = await page.locator('.save-indicator').textContent();
  await page.evaluate(() => {
    const textarea = document.createElement('textarea');
    textarea.id = 'bench-baseline';
    document.body.prepend(textarea);
  });
  const baseline = await typeAndMeasure(page, '#bench-baseline', keystrokes);
  console.log(`Generated report: ${words.toLocaleString('en-GB')} words`);
  console.log(
    `Open: median ${median(openMs).toFixed(0)} ms from the passphrase given to the report painted (${openMs.length} runs), of which PBKDF2 ${(await pbkdf2Ms(page)).toFixed(0)} ms`,
  );
  console.log(
    `Keystroke-to-paint (Event Timing, 8 ms steps): p95 ${report.p95} ms; ${report.slow} of ${keystrokes * 2} key events took 16 ms or more (max ${report.max} ms). Bare textarea on the same page: p95 ${baseline.p95} ms`,
  );
  console.log(
    `Long tasks while typing and autosaving: ${report.longTasks.length}, longest ${Math.max(0, ...report.longTasks).toFixed(0)} ms; save state: ${saved}`,
  );
  await app.stop();
}, 120_000);
