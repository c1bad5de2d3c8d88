import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { openCaseWithRegister, openPart } from './case-parts';
import { emptyOnANewReport, finishForPublication } from './publication-helpers';
import { clickIntoSection, section, waitForSaved } from './report-helpers';

const nav = openPart;

async function exportDocx(page: Page, button: string): Promise<Record<string, string>> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloadPromise;
  const path = resolve(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(path);
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([name, data]) => [name, strFromU8(data)]));
}

test('a publication export is refused while a finding is unresolved; a restricted draft is marked and logged; once resolved, it exports', async ({ page }) => {
  await openCaseWithRegister(page, 'Leo');
  await nav(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Lewis was seen at home by the health visitor.');
  await waitForSaved(page);

  await nav(page, 'Export');
  await page.getByRole('button', { name: 'Check and export for publication' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText(/Not exported for publication: \d+ things to finish and 1 unresolved finding\./);
  await expect(refused.getByRole('list', { name: 'Unresolved findings' })).toContainText('high: 2. Overview of what happened, paragraph 2.1: “Lewis” → Leo');

  await page.getByRole('radio', { name: /Restricted draft for the panel/ }).check();
  await expect(page.getByRole('button', { name: 'Export restricted draft' })).toBeDisabled();
  await page.getByRole('checkbox', { name: /I understand this draft may identify/ }).check();
  // The document is built in a Web Worker, off the page's own thread.
  const worker = page.waitForEvent('worker');
  const draft = await exportDocx(page, 'Export restricted draft');
  expect((await worker).url()).toContain('export.worker');
  expect(Object.entries(draft).some(([name, xml]) => name.startsWith('word/header') && xml.includes('not for publication'))).toBe(true);
  expect(draft['word/document.xml']).toContain('Lewis was seen at home');
  expect(draft['docProps/core.xml']).toContain('<dc:creator>Independent reviewer</dc:creator>');

  // Resolve it and finish the report (a final title page naming the reviewer, every section
  // written), and the publication export goes through, with nothing of the register in it.
  await nav(page, 'Report');
  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  await page.getByRole('button', { name: 'Replace “Lewis” everywhere' }).click();
  await page
    .getByRole('dialog', { name: 'Replace “Lewis” everywhere' })
    .getByRole('button', { name: /^Replace \d+ occurrences?$/ })
    .click();
  await expect(section(page, 'overview')).toContainText('Leo was seen at home');
  await waitForSaved(page);
  await finishForPublication(
    page,
    emptyOnANewReport.filter((key) => key !== 'overview'),
  );
  await nav(page, 'Export');
  const published = await exportDocx(page, 'Check and export for publication');
  expect(published['word/document.xml']).toContain('Leo was seen at home');
  expect(Object.values(published).join('\n')).not.toContain('Lewis');

  await nav(page, 'Identifiers');
  await expect(page.getByRole('table', { name: 'Anonymisation decisions' })).toContainText('Restricted export, not for publication');
});
