import { test as base, expect, type Page } from '@playwright/test';

// Every page of the app first asks for the passphrase that protects its data (set on first use,
// asked again after a reload or a lock). These handlers answer it whenever it appears, so each
// test goes on from where it was, as a reviewer would after unlocking.
export const testPassphrase = 'larch grove kettle';

export async function answerPassphraseScreens(page: Page): Promise<void> {
  await page.addLocatorHandler(page.getByRole('heading', { name: 'Protect the case data on this computer' }), async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByLabel('Passphrase again').fill(testPassphrase);
    await page.getByRole('button', { name: 'Encrypt and continue' }).click();
  });
  await page.addLocatorHandler(page.getByRole('heading', { name: 'Unlock CSPR Desk' }), async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  });
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await answerPassphraseScreens(page);
    await use(page);
  },
});

export { expect };
