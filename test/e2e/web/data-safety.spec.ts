import type { BrowserContext, Page } from '@playwright/test';
import { caseRows, createCase } from './case-helpers';
import { answerPassphraseScreens, expect, test, testPassphrase } from './fixtures';
import { clickIntoSection, openNewReport, section } from './report-helpers';

/** A page without the automatic answers (the test gives the passphrase itself), with a new case open. */
async function openCaseGivingPassphrase(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
  await page.getByLabel('Passphrase again').fill(testPassphrase);
  await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  await createCase(page, { reviewName: 'Child L' });
  await caseRows(page).getByRole('link', { name: 'Child L' }).click();
  return page;
}

// A laptop lid shut, a crash, a window closed by mistake: the page goes without warning, and on
// reopening everything but at most the last second of typing is there.
test('closing the page abruptly loses at most the last second of typing', async ({ page, context }) => {
  await openNewReport(page);
  const url = page.url();
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Typed well before the window went. ');
  await page.waitForTimeout(1_200);
  await page.keyboard.type('Typed just before.');
  // No beforeunload, no chance to tidy up: the page is simply gone.
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await answerPassphraseScreens(reopened);
  await reopened.goto(url);
  await expect(section(reopened, 'overview')).toContainText('Typed well before the window went.');
});

test('the app locks itself when asked, and nothing shows until the passphrase is given again', async ({ context }) => {
  const page = await openCaseGivingPassphrase(context);
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Report' }).click();
  const url = page.url();
  await clickIntoSection(page, 'introduction');
  await page.keyboard.type('Written before locking.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  // The lock screen, with nothing of the case behind it.
  await expect(page.getByRole('heading', { name: 'Unlock CSPR Desk' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Child L');
  await expect(page.locator('body')).not.toContainText('Written before locking.');
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('not the one that protects');
  await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  expect(page.url()).toBe(url);
  await expect(section(page, 'introduction')).toContainText('Written before locking.');

  // A new passphrase: the old one no longer opens it, the new one does, and nothing is lost.
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const changing = page.getByRole('dialog', { name: 'Change the passphrase' });
  await changing.getByLabel('Current passphrase').fill(testPassphrase);
  await changing.getByLabel('New passphrase', { exact: true }).fill('a new passphrase here');
  await changing.getByLabel('New passphrase again').fill('a new passphrase here');
  await changing.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(changing).toBeHidden();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('not the one that protects');
  await page.getByLabel('Passphrase', { exact: true }).fill('a new passphrase here');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(section(page, 'introduction')).toContainText('Written before locking.');
});

test('typing in a chronology entry and a recommendation just before locking is kept', async ({ context }) => {
  const page = await openCaseGivingPassphrase(context);
  const part = (name: string) => page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name }).click();
  const unlock = async () => {
    await expect(page.getByRole('heading', { name: 'Unlock CSPR Desk' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  };

  // A chronology entry, its analysis typed and the app locked at once, without leaving the field.
  await part('Chronology');
  await page.getByRole('button', { name: 'Add entry' }).click();
  const adding = page.getByRole('dialog', { name: 'Add an entry' });
  await adding.getByLabel('Date').fill('14/02/2021');
  await adding.getByLabel('Agency').fill('Police');
  await adding.getByLabel('What happened').fill('Officers attended after a neighbour called.');
  await adding.getByRole('button', { name: 'Add entry' }).click();
  await page.getByRole('grid', { name: 'Chronology entries' }).locator('[data-entry-id]').first().click();
  const entry = page.getByRole('region', { name: 'Selected entry' });
  await entry.getByLabel('Analysis or significance').pressSequentially('No one asked who else lived there.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock();
  await page.getByRole('grid', { name: 'Chronology entries' }).locator('[data-entry-id]').first().click();
  await expect(entry.getByLabel('Analysis or significance')).toHaveValue('No one asked who else lived there.');

  // A recommendation's wording, typed and locked straight away.
  await part('Recommendations');
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toBeFocused();
  await page.keyboard.type('The partnership should ask who lives in the household.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('The partnership should ask who lives in the household.');
});

test('the app locks itself after the chosen time without activity', async ({ context }) => {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto('/');
  await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
  await page.getByLabel('Passphrase again').fill(testPassphrase);
  await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  await createCase(page, { reviewName: 'Child M' });
  await page.getByLabel('Lock when idle for').selectOption('5');
  await page.clock.fastForward('04:00');
  await expect(caseRows(page)).toHaveCount(1);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: 'Unlock CSPR Desk' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Child M');
});
