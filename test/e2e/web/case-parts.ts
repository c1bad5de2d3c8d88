import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { caseRows, createCase } from './case-helpers';

export const sampleRegister = resolve(import.meta.dirname, '../../fixtures/anonymise/case-l/register.csv');

export const openPart = (page: Page, name: string) => page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name }).click();

/** Creates a case, opens it, and imports the sample register (20 identifiers). */
export async function openCaseWithRegister(page: Page, reviewName: string): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName, partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await openPart(page, 'Identifiers');
  await page.locator('input[type="file"]').setInputFiles(sampleRegister);
  await page.getByRole('button', { name: 'Replace with 20 identifiers' }).click();
  await expect(page.getByRole('heading', { name: 'Register (20)' })).toBeVisible();
}
