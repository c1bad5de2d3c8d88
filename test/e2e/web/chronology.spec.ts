import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';

const fixtures = resolve(import.meta.dirname, '../../fixtures/chronology');
const fixture = (name: string) => resolve(fixtures, name);

async function openChronology(page: Page, reviewName = 'Child L'): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName, partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Chronology' }).click();
  await expect(page.getByRole('heading', { name: 'Chronology', level: 1 })).toBeVisible();
}

const rows = (page: Page) => page.getByRole('grid', { name: 'Chronology entries' }).locator('[data-entry-id]');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import chronologies' });

async function importFiles(page: Page, files: string[], setup?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Import files…' }).click();
  await dialog(page).getByLabel('Agency files (CSV, TSV or Excel .xlsx)').setInputFiles(files);
  await setup?.();
  await dialog(page)
    .getByRole('button', { name: /^Import \d+ entr/ })
    .click();
  await expect(dialog(page)).toBeHidden();
}

test('imports three agencies’ files, fixes a problem row, filters, tags an episode, and it is all there after a reload', async ({ page }) => {
  await openChronology(page);
  await page.getByRole('button', { name: 'Import files…' }).click();
  await dialog(page)
    .getByLabel('Agency files (CSV, TSV or Excel .xlsx)')
    .setInputFiles([fixture('police.csv'), fixture('school.csv'), fixture('health.xlsx')]);
  // The preview: counts per file, and the problem row by its spreadsheet row number.
  const school = dialog(page).getByRole('region', { name: 'school.csv' });
  await expect(school).toContainText('4 entries will be imported; 1 row has a problem');
  await expect(school.getByRole('list', { name: 'Problem rows in school.csv' })).toContainText(
    'Row 5: “31/09/2022” is not a real date: September 2022 has 30 days.',
  );
  await expect(dialog(page).getByRole('region', { name: 'police.csv' })).toContainText('4 entries will be imported.');
  // Files without an agency column take the agency the reviewer names.
  await school.getByLabel('Agency for school.csv').fill('Kingsmere Primary School');
  await dialog(page).getByRole('region', { name: 'health.xlsx' }).getByLabel('Agency for health.xlsx').fill('Health');
  await dialog(page).getByRole('button', { name: 'Import 15 entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 15 entries; 1 row needs fixing by hand.' })).toBeVisible();
  await expect(rows(page)).toHaveCount(15);
  // Merged in date order, a month-only entry marked as such.
  await expect(rows(page).first()).toContainText('23/11/2018');
  await expect(rows(page).filter({ hasText: 'April 2022' })).toContainText('month only');
  // The same meeting recorded by the police and the school is linked, not merged.
  await expect(rows(page).filter({ hasText: 'Possible duplicate' })).toHaveCount(2);
  await expect(rows(page).filter({ hasText: 'Possible duplicate' }).first()).toContainText('01/12/2022');

  // Fix the problem row by hand.
  const problem = page.getByRole('listitem', { name: 'school.csv, row 5' });
  await problem.getByLabel('Date (school.csv, row 5)').fill('30/09/2022');
  await problem.getByRole('button', { name: 'Save as entry' }).click();
  await expect(problem).toBeHidden();
  await expect(rows(page)).toHaveCount(16);
  await expect(rows(page).filter({ hasText: 'Entry with an impossible date' })).toContainText('30/09/2022');

  // Filter by agency, then by text.
  const filters = page.getByRole('search', { name: 'Filter the chronology' });
  await filters.getByRole('checkbox', { name: 'Police' }).check();
  await expect(rows(page)).toHaveCount(4);
  await filters.getByLabel('Search').fill('strategy');
  await expect(rows(page)).toHaveCount(1);
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(16);
  await filters.getByRole('textbox', { name: 'From' }).fill('01/09/2022');
  await filters.getByRole('textbox', { name: 'To' }).fill('31/12/2022');
  await expect(rows(page)).toHaveCount(8);
  await filters.getByRole('button', { name: 'Clear filters' }).click();

  // Define an episode and tag an entry with it.
  await page.getByRole('button', { name: 'Add episode' }).click();
  await page.getByLabel('Episode title').fill('The referral');
  await page.getByRole('textbox', { name: 'Episode from' }).fill('01/10/2022');
  await page.getByRole('textbox', { name: 'Episode to' }).fill('31/10/2022');
  await page.getByRole('button', { name: 'Save episode' }).click();
  await rows(page).filter({ hasText: 'Referral to children’s social care' }).click();
  const panel = page.getByRole('region', { name: 'Selected entry' });
  await panel.getByRole('checkbox', { name: '1. The referral' }).click();
  await expect(panel.getByRole('checkbox', { name: '1. The referral' })).toBeChecked();
  // Edit in place: the analysis saves when the reviewer leaves the field.
  await panel.getByLabel('Analysis or significance').fill('First referral; no strategy discussion followed.');
  await panel.getByLabel('Practitioner role').click();
  await filters.getByLabel('Key practice episode').selectOption({ label: '1. The referral' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('First referral; no strategy discussion followed.');

  await page.reload();
  await expect(rows(page)).toHaveCount(16);
  await expect(page.getByRole('region', { name: 'Rows to fix' })).toHaveCount(0);
  await expect(rows(page).filter({ hasText: 'Referral to children’s social care' })).toContainText('1. The referral');
  await expect(rows(page).filter({ hasText: 'Referral to children’s social care' })).toContainText('First referral; no strategy discussion followed.');

  // Delete with undo.
  await rows(page).filter({ hasText: 'Clinic letter received three weeks late' }).click();
  await panel.getByRole('button', { name: 'Delete entry' }).click();
  await expect(rows(page)).toHaveCount(15);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(16);
});

test('importing the same file twice is detected, and a file that is not a spreadsheet is refused', async ({ page }) => {
  await openChronology(page);
  await importFiles(page, [fixture('police.csv')]);
  await expect(rows(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Import files…' }).click();
  await dialog(page)
    .getByLabel('Agency files (CSV, TSV or Excel .xlsx)')
    .setInputFiles([
      { name: 'police.csv', mimeType: 'text/csv', buffer: readFileSync(fixture('police.csv')) },
      { name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) },
    ]);
  await expect(dialog(page).getByRole('region', { name: 'police.csv' })).toContainText('This file was already imported on');
  await expect(dialog(page).getByRole('region', { name: 'photo.csv' }).getByRole('alert')).toContainText('“photo.csv” is not a spreadsheet this app can read');
  await expect(dialog(page).getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog(page).getByRole('checkbox', { name: 'Import it again anyway' }).check();
  await dialog(page).getByRole('button', { name: 'Import 4 entries' }).click();
  await expect(rows(page)).toHaveCount(8);
});

test('an unrecognised layout is mapped by hand, and exported CSV imports back as the same entries', async ({ page }) => {
  await openChronology(page);
  const odd = 'When it was,Who,Notes\n14/06/2020,Health visitor,Home visit; child seen alone\nc. June 2021,GP,Missed appointment\n';
  await page.getByRole('button', { name: 'Import files…' }).click();
  await dialog(page)
    .getByLabel('Agency files (CSV, TSV or Excel .xlsx)')
    .setInputFiles([{ name: 'gp.csv', mimeType: 'text/csv', buffer: Buffer.from(odd) }]);
  const file = dialog(page).getByRole('region', { name: 'gp.csv' });
  await expect(file).toContainText('Choose the column that holds the date.');
  await file.getByLabel('Date', { exact: true }).selectOption({ label: 'When it was' });
  await file.getByLabel('Practitioner role').selectOption({ label: 'Who' });
  await file.getByLabel('What happened').selectOption({ label: 'Notes' });
  await file.getByLabel('Agency for gp.csv').fill('GP practice');
  await expect(file).toContainText('2 entries will be imported.');
  await dialog(page).getByRole('button', { name: 'Import 2 entries' }).click();
  await importFiles(page, [fixture('police.csv')]);
  await expect(rows(page)).toHaveCount(6);
  const before = await rows(page).allTextContents();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  const path = resolve(test.info().outputDir, 'chronology.csv');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  await openChronology(page, 'Child M');
  await importFiles(page, [path]);
  await expect(rows(page)).toHaveCount(6);
  expect(await rows(page).allTextContents()).toEqual(before);
});

test('the report refers to a chronology entry and an episode, and the reference leads back to them', async ({ page }) => {
  await openChronology(page);
  await importFiles(page, [fixture('police.csv')]);
  await page.getByRole('button', { name: 'Add episode' }).click();
  await page.getByLabel('Episode title').fill('Neighbour concerns');
  await page.getByRole('textbox', { name: 'Episode from' }).fill('01/04/2022');
  await page.getByRole('textbox', { name: 'Episode to' }).fill('30/04/2022');
  await page.getByRole('button', { name: 'Save episode' }).click();
  await rows(page).filter({ hasText: 'Neighbour reports child looks thin' }).click();
  await page.getByRole('region', { name: 'Selected entry' }).getByRole('checkbox', { name: '1. Neighbour concerns' }).click();
  await expect(rows(page).filter({ hasText: 'Neighbour reports child looks thin' })).toContainText('1. Neighbour concerns');

  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Report' }).click();
  await page.locator('.ProseMirror section[data-section-key="overview"] .report-section-body > *').last().click();
  await page.keyboard.type('The police attended a meeting ');
  await page.getByRole('button', { name: 'Refer to chronology…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Refer to the chronology' });
  await chooser.getByLabel('Find an entry or episode').fill('meeting');
  await chooser.getByRole('button', { name: /Police, 1 December 2022/ }).click();
  await page.keyboard.type('and neighbours raised concerns ');
  await page.getByRole('button', { name: 'Refer to chronology…' }).click();
  await chooser.getByRole('button', { name: 'Episode 1: Neighbour concerns' }).click();
  const overview = page.locator('.ProseMirror section[data-section-key="overview"]');
  await expect(overview).toContainText(
    'The police attended a meeting [Police, 1 December 2022] and neighbours raised concerns [Episode 1: Neighbour concerns]',
  );
  await expect(page.locator('.save-indicator')).toHaveText('Saved');

  // The reference survives a reload, and a click on it opens the entry in the chronology.
  await page.reload();
  await overview.locator('[data-chronology-ref]', { hasText: 'Police, 1 December 2022' }).click();
  await expect(page.getByRole('heading', { name: 'Chronology', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected entry' })).toContainText('Police, 01/12/2022');
  await page.goBack();
  await overview.locator('[data-chronology-ref]', { hasText: 'Episode 1' }).click();
  await expect(page.getByRole('search', { name: 'Filter the chronology' }).getByLabel('Key practice episode')).toHaveValue(/.+/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page)).toContainText('Neighbour reports child looks thin');
});

test('the timeline shows a lane per agency, zooms to a date range, and opens an entry from its mark', async ({ page }) => {
  await openChronology(page);
  await importFiles(page, [fixture('police.csv'), fixture('health.xlsx')], async () => {
    await dialog(page).getByLabel('Agency for health.xlsx').fill('Health');
  });
  await page.getByRole('button', { name: 'Add episode' }).click();
  await page.getByLabel('Episode title').fill('Weight concerns');
  await page.getByRole('textbox', { name: 'Episode from' }).fill('01/11/2022');
  await page.getByRole('textbox', { name: 'Episode to' }).fill('31/01/2023');
  await page.getByRole('button', { name: 'Save episode' }).click();

  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Police');
  await expect(timeline).toContainText('Health');
  await expect(timeline).toContainText('Weight concerns');
  // Zoom to March 2021: only the police entries of that month are drawn.
  await timeline.getByRole('textbox', { name: 'Timeline from' }).fill('01/03/2021');
  await timeline.getByRole('textbox', { name: 'Timeline to' }).fill('31/03/2021');
  await timeline.getByRole('textbox', { name: 'Timeline to' }).press('Enter');
  const mark = timeline.getByRole('button', { name: /^Police, 12 March 2021/ });
  await expect(mark).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Health,/ })).toHaveCount(0);
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Selected entry' })).toContainText('Police, 12/03/2021');
});
