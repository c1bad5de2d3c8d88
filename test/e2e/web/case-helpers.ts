import { expect, type Page } from '@playwright/test';

export interface NewCase {
  reviewName: string;
  partnership?: string;
  notified?: string;
  commissioned?: string;
}

/** Creates a case through the New case dialog (with the mouse; the keyboard test does its own). */
export async function createCase(page: Page, details: NewCase): Promise<void> {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Review name').fill(details.reviewName);
  if (details.partnership) await dialog.getByLabel('Safeguarding partnership').fill(details.partnership);
  if (details.notified) await dialog.getByLabel('Serious incident notified').fill(details.notified);
  if (details.commissioned) await dialog.getByLabel('Review commissioned').fill(details.commissioned);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(dialog).toBeHidden();
  await expect(caseRows(page).filter({ hasText: details.reviewName }).first()).toBeVisible();
}

export function caseRows(page: Page) {
  return page.locator('tr[data-case-row]');
}
