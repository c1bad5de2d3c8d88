import { expect, type Page } from '@playwright/test';
import { caseRows, createCase } from './case-helpers';

/** Creates a case and opens its report. */
export async function openNewReport(page: Page, reviewName = 'Child K'): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName, partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Report' }).click();
  await expect(page.locator('.ProseMirror section[data-section-kind="statutory"]')).toHaveCount(7);
}

export function section(page: Page, key: string) {
  return page.locator(`.ProseMirror section[data-section-key="${key}"]`);
}

/** Puts the caret at the end of a section's last paragraph. */
export async function clickIntoSection(page: Page, key: string): Promise<void> {
  const last = section(page, key).locator('.report-section-body > *').last();
  await last.click();
  await page.keyboard.press('End');
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('.save-indicator')).toHaveText('Saved');
}

export const statutoryTitles = [
  'Introduction',
  'Overview of what happened',
  'Analysis of systemic or underlying reasons',
  'How agencies worked together',
  'Whether the shortcomings are features of practice in general',
  'What would need to be done differently',
  'Recommendations',
];

export async function expectAllStatutorySections(page: Page): Promise<void> {
  await expect(page.locator('.ProseMirror section[data-section-kind="statutory"] .report-section-title')).toHaveText(statutoryTitles);
}
