import { expect, type Page } from '@playwright/test';
import { openPart } from './case-parts';
import { clickIntoSection, waitForSaved } from './report-helpers';

// What makes a report ready for publication, done as a reviewer does it: the title page made
// final and naming the reviewer, and something written in each empty statutory section.

export const emptyOnANewReport = ['introduction', 'overview', 'analysis', 'agencies-together', 'practice-in-general', 'done-differently', 'recommendations'];

/** Opens the report, makes its title page final (no draft label, no marking) with a reviewer, and writes a sentence in each section given. */
export async function finishForPublication(page: Page, sections: readonly string[]): Promise<void> {
  await openPart(page, 'Report');
  await page.getByRole('button', { name: 'Title page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Title page' });
  await dialog.getByLabel('Reviewer name(s), one per line').fill('Independent Reviewer A');
  await dialog.getByLabel('Version label').fill('Final');
  await dialog.getByLabel('Status').selectOption('final');
  await dialog.getByLabel('Protective marking').fill('');
  await dialog.getByRole('button', { name: 'Save title page' }).click();
  await expect(dialog).toBeHidden();
  for (const key of sections) {
    await clickIntoSection(page, key);
    await page.keyboard.type('The review found that practitioners worked hard to help the family.');
  }
  await waitForSaved(page);
}
