import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';
import { openPart, sampleRegister } from './case-parts';
import { emptyOnANewReport, finishForPublication } from './publication-helpers';
import { clickIntoSection, section, waitForSaved } from './report-helpers';

const chronology = (name: string) => resolve(import.meta.dirname, '../../fixtures/chronology', name);

// Nothing ever leaves the machine: every request through the whole product — passphrase, case,
// report, chronology import, register, event notes, Word export, case file out and in — stays on
// the app's own origin.
test('makes no request beyond its own origin through a whole flow', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));

  await page.goto('/');
  await createCase(page, { reviewName: 'Child K', partnership: 'Kingsmere Safeguarding Children Partnership', notified: '22/04/2024' });
  await caseRows(page).getByRole('link', { name: 'Child K' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Child K' })).toBeVisible();

  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('The health visitor saw the family at home.');
  await waitForSaved(page);
  // Ready to publish: a final title page naming the reviewer, every statutory section written.
  await finishForPublication(
    page,
    emptyOnANewReport.filter((key) => key !== 'overview'),
  );

  await openPart(page, 'Chronology');
  await page.getByRole('button', { name: 'Import files…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import chronologies' });
  await importing.getByLabel('Agency files (CSV, TSV or Excel .xlsx)').setInputFiles([chronology('police.csv'), chronology('health.xlsx')]);
  await importing.getByRole('region', { name: 'health.xlsx' }).getByLabel('Agency for health.xlsx').fill('Health');
  await importing.getByRole('button', { name: /^Import \d+ entr/ }).click();
  await expect(importing).toBeHidden();

  await openPart(page, 'Identifiers');
  await page.locator('input[type="file"]').setInputFiles(sampleRegister);
  await page.getByRole('button', { name: 'Replace with 20 identifiers' }).click();

  await openPart(page, 'Events');
  await page.getByRole('button', { name: 'New event' }).click();
  const creating = page.getByRole('dialog', { name: 'New event' });
  await creating.getByRole('textbox', { name: 'Date of the event' }).fill('14/03/2024');
  await creating.getByRole('button', { name: 'Create event' }).click();
  await page.getByRole('button', { name: 'Take notes' }).click();
  await page.keyboard.type('Growth checks were missed #learning');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Note 1 saved');
  await page.keyboard.press('Escape');

  await openPart(page, 'Export');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Check and export for publication' }).click();
  await (await downloadPromise).path();

  await openPart(page, 'Overview');
  const casePromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case file' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export “Child K”' });
  await exporting.getByLabel('Passphrase', { exact: true }).fill('larch grove kettle');
  await exporting.getByLabel('Passphrase again').fill('larch grove kettle');
  await exporting.getByRole('button', { name: 'Export encrypted' }).click();
  const path = testInfo.outputPath('case.cspr.json');
  await (await casePromise).saveAs(path);
  await page.getByRole('button', { name: 'All cases' }).click();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import case file…' }).click();
  await (await chooserPromise).setFiles(path);
  await page.getByRole('dialog', { name: 'Open an encrypted case file' }).getByLabel('Passphrase').fill('larch grove kettle');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Import as a new case' }).click();
  await expect(caseRows(page)).toHaveCount(2);
  await page.reload();
  await expect(caseRows(page)).toHaveCount(2);
  await caseRows(page).first().getByRole('link').click();
  await openPart(page, 'Report');
  await expect(section(page, 'overview')).toContainText('The health visitor saw the family at home.');

  const appOrigin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== appOrigin);
  expect(requests.length).toBeGreaterThan(5);
  expect(foreign).toEqual([]);
});
