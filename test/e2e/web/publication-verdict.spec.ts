import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { readDocxParts } from '../../../src/core/anonymise/written-file-text';
import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import { fullCase } from '../../unit/support/full-case';
import { caseRows } from './case-helpers';
import { openPart } from './case-parts';
import { expect, test } from './fixtures';

// The app and the command line publish through the same pipeline: on the same case file they
// refuse with the same findings in the same places, or write the same document.

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** `npm run cli -- …` as a reviewer would run it: exit code, and what it said on stderr. */
async function runCli(args: string[]): Promise<{ code: number; stderr: string[] }> {
  try {
    await run(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/index.ts', ...args], { cwd: root });
    return { code: 0, stderr: [] };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr.split('\n').filter(Boolean) };
  }
}

/** The report exported with every appendix, as the tests choose it in the app. */
const cliExport = (casePath: string, output: string) => runCli(['export', casePath, '-o', output, '--appendix', 'glossary,chronology', '--by-agency']);

/** Imports a plain case file on the case list and opens the case's Export screen with every appendix chosen. */
async function importAndOpenExport(page: Page, path: string, reviewName: string): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import case file…' }).click();
  await (await chooser).setFiles(path);
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await openPart(page, 'Export');
  await page.getByRole('checkbox', { name: /integrated chronology/ }).check();
  await page.getByRole('checkbox', { name: /agency by agency/ }).check();
}

function writeCase(file: CaseFile, path: string): string {
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

test('refuses a case file with the same findings, in the same places, as the command line does', async ({ page }, testInfo) => {
  const file = fullCase();
  file.agencies[1]!.name = 'Anita Rowe’s health visiting team';
  file.recommendations[0]!.text = 'Support for Kerry Barker should be reviewed.';
  file.chronology.episodes[0]!.title = 'Lewis starts school';
  file.report!.titlePage.versionLabel = 'Draft 0.3';
  const path = writeCase(file, testInfo.outputPath('refused.cspr.json'));

  const cli = await cliExport(path, testInfo.outputPath('refused.docx'));
  expect(cli.code).toBe(1);
  expect(cli.stderr[0]).toMatch(/^Not exported for publication: 1 thing to finish and \d+ unresolved findings\./);
  const [cliToFinish, ...cliFindings] = cli.stderr.slice(1).map((line) => line.trim());
  // What is to finish comes first, with the key an override is recorded against.
  expect(cliToFinish).toBe('to finish: The title page still says “Draft 0.3”. [title-page-draft]');
  expect(cliFindings).toEqual([
    'high: Recommendation 1: “Kerry Barker” → Aunt',
    'high: Recommendation 2: agency: “Anita Rowe” → Health Visitor 1',
    'high: Recommendations by agency: agency: “Anita Rowe” → Health Visitor 1',
    'high: Recommendations by agency: recommendation 1: “Kerry Barker” → Aunt',
    'high: Key practice episode 1: title: “Lewis” → Leo',
  ]);

  await importAndOpenExport(page, path, 'Leo');
  await page.getByRole('button', { name: 'Check and export for publication' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText(cli.stderr[0]!.replace(/(?<=findings\.) .*$/, ''));
  await expect(refused).toBeInViewport();
  const appToFinish = await refused
    .getByRole('list', { name: 'Before publishing' })
    .getByRole('listitem')
    .getByRole('button', { name: /^The / })
    .allTextContents();
  expect(appToFinish.map((message) => `to finish: ${message} [title-page-draft]`)).toEqual([cliToFinish]);
  const appFindings = (await refused.getByRole('list', { name: 'Unresolved findings' }).getByRole('listitem').allTextContents()).map((line) => line.trim());
  expect(appFindings).toEqual(cliFindings);

  // The action plan goes through the same check, in the app as on the command line.
  await page.getByRole('button', { name: 'Action plan (CSV)' }).click();
  await expect(refused.getByRole('list', { name: 'Unresolved findings' })).toContainText(
    'high: Action plan, recommendation 2: agency: “Anita Rowe” → Health Visitor 1',
  );
  await expect(refused).toBeInViewport();
  const cliPlan = await runCli(['action-plan', path, '-o', testInfo.outputPath('plan.csv')]);
  expect(cliPlan.code).toBe(1);
  expect(cliPlan.stderr.slice(1).map((line) => line.trim())).toEqual((await refused.getByRole('listitem').allTextContents()).map((line) => line.trim()));

  // So does the 7-minute briefing, which also needs the report ready to publish.
  await page.getByRole('button', { name: '7-minute briefing (Word)' }).click();
  await expect(refused.getByRole('list', { name: 'Before publishing' })).toContainText('The title page still says “Draft 0.3”.');
  const cliBriefing = await runCli(['briefing', path, '-o', testInfo.outputPath('briefing.docx')]);
  expect(cliBriefing.code).toBe(1);
  expect(cliBriefing.stderr.slice(1).map((line) => line.trim())[0]).toBe(cliToFinish);
});

test('writes the same document as the command line from a case file ready to publish', async ({ page }, testInfo) => {
  const path = writeCase(fullCase(), testInfo.outputPath('ready.cspr.json'));
  const cliOutput = testInfo.outputPath('cli.docx');
  expect((await cliExport(path, cliOutput)).code).toBe(0);

  await importAndOpenExport(page, path, 'Leo');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Check and export for publication' }).click();
  const appOutput = testInfo.outputPath('app.docx');
  await (await download).saveAs(appOutput);
  expect((await download).suggestedFilename()).toBe('Leo-LCSPR-Final.docx');

  // Everything either file says, but the moment it was made (the properties' created and modified times).
  const text = (docx: string) =>
    readDocxParts(new Uint8Array(readFileSync(docx))).map(
      (part) => `${part.name}\n${part.paragraphs.filter((line) => !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(line)).join('\n')}`,
    );
  const fromApp = text(appOutput);
  expect(fromApp.join('\n')).toContain('Appendix: integrated chronology');
  expect(fromApp).toEqual(text(cliOutput));

  // The 7-minute briefing, from the app and from the command line: the same two pages.
  const cliBriefing = testInfo.outputPath('cli-briefing.docx');
  expect((await runCli(['briefing', path, '-o', cliBriefing])).code).toBe(0);
  const briefingDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '7-minute briefing (Word)' }).click();
  const appBriefing = testInfo.outputPath('app-briefing.docx');
  await (await briefingDownload).saveAs(appBriefing);
  expect((await briefingDownload).suggestedFilename()).toBe('Leo-7-minute-briefing.docx');
  await expect(page.getByRole('status').filter({ hasText: '7-minute briefing exported as Leo-7-minute-briefing.docx.' })).toBeAttached();
  expect(text(appBriefing).join('\n')).toContain('What practitioners should do');
  expect(text(appBriefing)).toEqual(text(cliBriefing));
});
