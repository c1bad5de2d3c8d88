import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';
import { currentCaseFileVersion } from '../../../src/core/case-file/case-file-format';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});

test('creates a case with the keyboard only, and it survives a reload', async ({ page }) => {
  // Tab to "New case" as a keyboard user would.
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name: 'New case' }).evaluate((button) => button === document.activeElement)) break;
  }
  await expect(page.getByRole('button', { name: 'New case' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await expect(dialog.getByLabel('Review name')).toBeFocused();
  await page.keyboard.type('Child K');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kingsmere Safeguarding Children Partnership');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Independent Reviewer A');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Status')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Serious incident notified')).toBeFocused();
  await page.keyboard.type('22/04/2024');
  await expect(dialog.getByText('22 April 2024')).toBeVisible();
  // Straight to the submit button: Tab through the remaining date fields.
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    if (await dialog.getByRole('button', { name: 'Create case' }).evaluate((button) => button === document.activeElement)) break;
  }
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const row = caseRows(page).filter({ hasText: 'Child K' });
  await expect(row).toContainText('Kingsmere Safeguarding Children Partnership');
  await expect(row).toContainText('Scoping');

  await page.reload();
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('Child K');
  await caseRows(page).first().getByRole('link', { name: 'Child K' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Child K' })).toBeVisible();
  await expect(page.getByText('Independent Reviewer A')).toBeVisible();
  await expect(page.getByText('22 April 2024')).toBeVisible();
});

test('works out the rapid review and review due dates, counting bank holidays, and shows overdue', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2024-04-23T10:00:00+01:00'));
  await page.reload();
  await createCase(page, { reviewName: 'Child M' });
  await page.getByRole('button', { name: 'Edit Child M' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit “Child M”' });
  // Notified Monday 22 April 2024: 15 working days would be 13 May, but Monday 6 May is a bank holiday.
  await dialog.getByLabel('Serious incident notified').fill('22/04/2024');
  await expect(dialog.locator('[data-deadline="rapidReview"]')).toContainText('14 May 2024');
  // Six months after commissioning; 31 August + 6 months is the end of February.
  await dialog.getByLabel('Review commissioned').fill('31/08/2024');
  await expect(dialog.locator('[data-deadline="review"]')).toContainText('28 February 2025');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  const row = caseRows(page).filter({ hasText: 'Child M' });
  await expect(row).toContainText('Rapid review due: 14 May 2024');
  await row.getByRole('link', { name: 'Child M' }).click();
  await expect(page.getByText('22 April 2024')).toBeVisible();
  await expect(page.locator('[data-deadline="review"]')).toContainText('28 February 2025');
  await page.getByRole('button', { name: 'All cases' }).click();
  await expect(row).toContainText('On track');

  // Three weeks later, still at rapid review: overdue.
  await page.clock.setFixedTime(new Date('2024-05-15T10:00:00+01:00'));
  await page.reload();
  await expect(caseRows(page).filter({ hasText: 'Child M' })).toContainText('Overdue');

  // Once the case moves on, the rapid review deadline is met and the next one is the review's.
  await page.getByRole('button', { name: 'Edit Child M' }).click();
  await page.getByRole('dialog').getByLabel('Status').selectOption('in-progress');
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(caseRows(page).filter({ hasText: 'Child M' })).toContainText('Review due: 28 February 2025');
  await expect(caseRows(page).filter({ hasText: 'Child M' })).not.toContainText('Overdue');
});

test('refuses to save a date it cannot read, naming the problem', async ({ page }) => {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Review name').fill('Child P');
  await dialog.getByLabel('Review commissioned').fill('31/02/2024');
  await dialog.getByLabel('Review commissioned').blur();
  await expect(dialog.getByText('“31/02/2024” is not a real date.')).toBeVisible();
  await expect(dialog.getByLabel('Review commissioned')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Some dates cannot be read');
  await dialog.getByLabel('Review commissioned').fill('05/13/2024');
  await dialog.getByLabel('Review commissioned').blur();
  await expect(dialog.getByText(/has no month 13: dates are day first/)).toBeVisible();
  await dialog.getByLabel('Review commissioned').fill('29/02/2024');
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
  await caseRows(page).getByRole('link', { name: 'Child P' }).click();
  await expect(page.getByText('29 February 2024')).toBeVisible();
});

test('exports a case encrypted by default and imports it again with its passphrase; a wrong passphrase or an altered file reads nothing', async ({
  page,
}, testInfo) => {
  await createCase(page, { reviewName: 'Child K', partnership: 'Kingsmere Safeguarding Children Partnership', notified: '22/04/2024' });
  await page.getByRole('button', { name: 'Export Child K' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export “Child K”' });
  await exporting.getByLabel('Passphrase', { exact: true }).fill('short');
  await exporting.getByLabel('Passphrase again').fill('short');
  await exporting.getByRole('button', { name: 'Export encrypted' }).click();
  await expect(exporting.getByRole('alert')).toContainText('at least 10 characters');
  await exporting.getByLabel('Passphrase', { exact: true }).fill('larch grove kettle');
  await exporting.getByLabel('Passphrase again').fill('larch grove kettle');
  const downloadPromise = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export encrypted' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Child-K.cspr.json');
  const path = testInfo.outputPath('Child-K.cspr.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'cspr-desk/encrypted-case',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 },
    cipher: { name: 'AES-GCM' },
  });
  expect(text).not.toContain('Child K');
  expect(text).not.toContain('Kingsmere');
  await expect(page.getByRole('status')).toContainText('Case exported as Child-K.cspr.json, encrypted');

  // A wrong passphrase, then an altered file: refused, nothing read.
  const importFile = async (files: string | { name: string; mimeType: string; buffer: Buffer }) => {
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import case file…' }).click();
    await (await chooserPromise).setFiles(files);
  };
  const unlock = page.getByRole('dialog', { name: 'Open an encrypted case file' });
  await importFile(path);
  await unlock.getByLabel('Passphrase').fill('larch grove kettles');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(unlock.getByRole('alert')).toContainText('The passphrase is wrong, or the file has been altered');
  await unlock.getByRole('button', { name: 'Cancel' }).click();
  const envelope = JSON.parse(text) as { ciphertext: string };
  const flipped = envelope.ciphertext.slice(0, 40) + (envelope.ciphertext[40] === 'A' ? 'B' : 'A') + envelope.ciphertext.slice(41);
  await importFile({ name: 'altered.cspr.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...envelope, ciphertext: flipped })) });
  await unlock.getByLabel('Passphrase').fill('larch grove kettle');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(unlock.getByRole('alert')).toContainText('altered');
  await unlock.getByRole('button', { name: 'Cancel' }).click();
  await expect(caseRows(page)).toHaveCount(1);

  // The right passphrase: the case is already here, so it comes in as a new case once confirmed.
  await importFile(path);
  await unlock.getByLabel('Passphrase').fill('larch grove kettle');
  await unlock.getByRole('button', { name: 'Open' }).click();
  const conflict = page.getByRole('dialog', { name: 'This case is already here' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Import as a new case' }).click();
  await expect(conflict).toBeHidden();
  await expect(caseRows(page).filter({ hasText: 'Child K' })).toHaveCount(2);
  await page.reload();
  await expect(caseRows(page).filter({ hasText: 'Kingsmere Safeguarding Children Partnership' })).toHaveCount(2);
});

test('exports a case unencrypted only when the reviewer says so, as the plain case file format', async ({ page }, testInfo) => {
  await createCase(page, { reviewName: 'Child K', partnership: 'Kingsmere Safeguarding Children Partnership', notified: '22/04/2024' });
  await page.getByRole('button', { name: 'Export Child K' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export “Child K”' });
  await exporting.getByLabel('Export without encryption').check();
  await expect(exporting.getByRole('note')).toContainText('Anyone who gets hold of the file can read everything');
  const downloadPromise = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export unencrypted' }).click();
  const path = testInfo.outputPath('Child-K.cspr.json');
  await (await downloadPromise).saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
    format: 'cspr-desk/case',
    version: currentCaseFileVersion,
    case: { reviewName: 'Child K', dates: { incidentNotified: '2024-04-22' } },
  });
  await expect(page.getByRole('status')).toContainText('Case exported as Child-K.cspr.json (not encrypted)');
});

test('refuses a broken or foreign file with a message, and changes nothing', async ({ page }) => {
  await createCase(page, { reviewName: 'Child K' });
  const attempts = [
    { name: 'broken.cspr.json', contents: '{"format": "cspr-desk/case", "version": 1, "case": {', message: /not valid JSON/ },
    { name: 'other.cspr.json', contents: JSON.stringify({ format: 'someone-else/thing' }), message: /not a CSPR Desk case file/ },
    {
      name: 'bad-status.cspr.json',
      contents: JSON.stringify({
        format: 'cspr-desk/case',
        version: 1,
        exportedAt: '2024-06-01T12:00:00.000Z',
        case: {
          id: 'x1',
          reviewName: 'Child Z',
          partnership: '',
          reviewers: [],
          status: 'closed',
          dates: { incidentNotified: null, reviewCommissioned: null, publication: null },
          archived: false,
          createdAt: '2024-06-01T12:00:00.000Z',
          updatedAt: '2024-06-01T12:00:00.000Z',
        },
      }),
      message: /case\.status: must be one of/,
    },
  ];
  for (const attempt of attempts) {
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import case file…' }).click();
    await (await chooserPromise).setFiles({ name: attempt.name, mimeType: 'application/json', buffer: Buffer.from(attempt.contents) });
    const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
    await expect(dialog).toContainText(attempt.name);
    await expect(dialog).toContainText('nothing has changed');
    await expect(dialog.getByRole('list', { name: 'Problems found in the file' })).toContainText(attempt.message);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.reload();
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('Child K');
});

test('archives a case and restores it', async ({ page }) => {
  await createCase(page, { reviewName: 'Child K' });
  await page.getByRole('button', { name: 'Archive Child K' }).click();
  await expect(caseRows(page)).toHaveCount(0);
  await page.getByLabel('Show archived (1)').check();
  await expect(page.getByRole('heading', { name: 'Archived cases' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore Child K' }).click();
  await page.getByLabel('Show archived (0)').uncheck();
  await expect(caseRows(page)).toHaveCount(1);
});

test('deletes a case only after its review name is typed, and it is gone for good; what is stored is encrypted', async ({ page }) => {
  await createCase(page, { reviewName: 'Child K' });
  await createCase(page, { reviewName: 'Child Q' });
  const idOf = async (name: string) =>
    decodeURIComponent(/#\/case\/([^/]+)/.exec((await caseRows(page).filter({ hasText: name }).getByRole('link').getAttribute('href')) ?? '')?.[1] ?? '');
  const removedId = await idOf('Child K');
  const keptId = await idOf('Child Q');
  expect(removedId).not.toBe('');
  await page.getByRole('button', { name: 'Delete Child K' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Child K”' });
  const confirm = dialog.getByRole('button', { name: 'Delete case' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the review name/).fill('Child Q');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the review name/).fill('Child K');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(caseRows(page)).toHaveCount(1);
  await page.reload();
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page).first()).toContainText('Child Q');
  // Nothing of the deleted case is left in any table of the database.
  const leftovers = await page.evaluate(async () => {
    const request = indexedDB.open('cspr-desk');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...database.objectStoreNames];
    const dump: unknown[] = [];
    for (const name of names) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const all = database.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
      });
      dump.push(...rows);
    }
    database.close();
    return JSON.stringify(dump);
  });
  // Ids stay in the clear (they are indexed); names and every other detail are sealed.
  expect(leftovers).toContain(keptId);
  expect(leftovers).not.toContain(removedId);
  expect(leftovers).not.toContain('Child Q');
  expect(leftovers).toContain('__sealed');
});
