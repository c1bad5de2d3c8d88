import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';

// Nothing ever leaves the machine: every request through a whole flow stays on the app's origin.
test('makes no request beyond its own origin through a whole flow', async ({ page, baseURL }, testInfo) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.context().on('request', (request) => requests.push(request.url()));

  await page.goto('/');
  await createCase(page, { reviewName: 'Child K', partnership: 'Kingsmere Safeguarding Children Partnership', notified: '22/04/2024' });
  await caseRows(page).getByRole('link', { name: 'Child K' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Child K' })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export case file' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export “Child K”' });
  await exporting.getByLabel('Passphrase', { exact: true }).fill('larch grove kettle');
  await exporting.getByLabel('Passphrase again').fill('larch grove kettle');
  await exporting.getByRole('button', { name: 'Export encrypted' }).click();
  const path = testInfo.outputPath('case.cspr.json');
  await (await downloadPromise).saveAs(path);
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

  const appOrigin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== appOrigin);
  expect(requests.length).toBeGreaterThan(2);
  expect(foreign).toEqual([]);
});
