import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';
import { clickIntoSection } from './report-helpers';

async function openRecommendations(page: Page): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName: 'Child K', partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: 'Child K' }).click();
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Recommendations' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendations', level: 1 })).toBeVisible();
}

async function addAgency(page: Page, name: string): Promise<void> {
  await page.getByLabel('New agency').fill(name);
  await page.getByRole('button', { name: 'Add agency' }).click();
  await expect(page.getByRole('list', { name: 'Agencies in this case' })).toContainText(name);
}

const item = (page: Page, number: number) => page.locator(`li.recommendation[data-recommendation-number="${number}"]`);

test('adds, edits, validates, reorders and deletes recommendations, with undo', async ({ page }) => {
  await openRecommendations(page);
  await addAgency(page, 'Children’s Social Care');
  await addAgency(page, 'Police');
  await addAgency(page, 'Health');

  // A new recommendation is flagged until it has an agency and a date.
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toBeFocused();
  await page.keyboard.type('The partnership should review how neglect is escalated.');
  const problems1 = page.getByRole('list', { name: 'Problems with recommendation 1' });
  await expect(problems1).toContainText('No responsible agency.');
  await expect(problems1).toContainText('No target date.');
  await item(page, 1).getByRole('checkbox', { name: 'Police' }).click();
  await expect(item(page, 1).getByRole('checkbox', { name: 'Police' })).toBeChecked();
  await expect(problems1).not.toContainText('No responsible agency.');
  await page.getByRole('textbox', { name: 'Target date for recommendation 1' }).fill('31/03/2099');
  await expect(item(page, 1)).toContainText('31 March 2099');
  await expect(problems1).toHaveCount(0);
  await expect(page.locator('.recommendations-summary')).toHaveText('All complete');

  // A second one, its date picked from the calendar with the keyboard.
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 2')).toBeFocused();
  await page.keyboard.type('Health visitors should record who else lives in the household.');
  await item(page, 2).getByRole('checkbox', { name: 'Health' }).click();
  await expect(item(page, 2).getByRole('checkbox', { name: 'Health' })).toBeChecked();
  await item(page, 2).getByRole('checkbox', { name: 'Children’s Social Care' }).click();
  await expect(item(page, 2).getByRole('checkbox', { name: 'Children’s Social Care' })).toBeChecked();
  await page.getByRole('button', { name: 'Choose the target date for recommendation 2' }).click();
  const calendar = page.getByRole('dialog', { name: 'Choose the target date for recommendation 2' });
  await calendar.getByRole('button', { name: 'Next month' }).click();
  await calendar.getByRole('button', { name: 'Next month' }).click();
  const monthHeading = await calendar.getByRole('heading', { level: 3 }).textContent();
  await calendar.getByRole('button', { name: `15 ${monthHeading}` }).click();
  await expect(calendar).toBeHidden();
  await expect(item(page, 2)).toContainText(`15 ${monthHeading}`);
  await expect(page.getByRole('list', { name: 'Problems with recommendation 2' })).toHaveCount(0);

  // A date in the past is warned about, not refused.
  await page.getByRole('textbox', { name: 'Target date for recommendation 2' }).fill('01/01/2020');
  await expect(page.getByRole('list', { name: 'Problems with recommendation 2' })).toContainText('The target date has passed.');
  await expect(page.locator('.recommendations-summary')).toContainText('1 past its target date');

  // Reorder: the second moves up and takes number 1.
  await page.getByRole('button', { name: 'Move recommendation 2 up' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Health visitors should record who else lives in the household.');
  await expect(page.getByLabel('Wording of recommendation 2')).toHaveValue('The partnership should review how neglect is escalated.');

  // By agency: each agency's recommendations with their dates.
  await page.getByRole('button', { name: 'By agency' }).click();
  const police = page.getByRole('region', { name: 'Police' });
  await expect(police.getByRole('row')).toHaveCount(2);
  await expect(police).toContainText('31 March 2099');
  await expect(page.getByRole('region', { name: 'Health' })).toContainText('1 January 2020');
  await expect(page.getByRole('region', { name: 'Children’s Social Care' })).toContainText('Health visitors should record');
  await page.getByRole('button', { name: 'In report order' }).click();

  // Delete, undo, delete again; the rest renumber.
  await page.getByRole('button', { name: 'Delete recommendation 1' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('The partnership should review how neglect is escalated.');
  await expect(page.getByLabel('Wording of recommendation 2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Health visitors should record who else lives in the household.');
  await expect(page.getByLabel('Wording of recommendation 2')).toHaveValue('The partnership should review how neglect is escalated.');

  // An agency still responsible for something cannot be removed.
  await page.getByRole('button', { name: 'Remove Police' }).click();
  await expect(page.getByRole('alert')).toContainText('“Police” is responsible for recommendation 2');

  // Everything is stored.
  await page.reload();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Health visitors should record who else lives in the household.');
  await expect(item(page, 1).getByRole('checkbox', { name: 'Health' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Target date for recommendation 2' })).toHaveValue('31/03/2099');

  // The report's Recommendations section says how many there are, and leads back here.
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Report' }).click();
  await clickIntoSection(page, 'recommendations');
  await expect(page.locator('.recommendations-link')).toHaveText('2 structured recommendations. Open the recommendations');
  await page.getByRole('link', { name: 'Open the recommendations' }).click();
  await expect(page.getByRole('heading', { name: 'Recommendations', level: 1 })).toBeVisible();
});

test('edits typed into a recommendation are kept when the reviewer leaves at once', async ({ page }) => {
  await openRecommendations(page);
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toBeFocused();
  await page.keyboard.type('Schools should share attendance concerns.');
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('navigation', { name: 'Case' }).getByRole('link', { name: 'Recommendations' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Schools should share attendance concerns.');
});

test('the calendar is used with the keyboard: arrows by day and week, Page Down by month, Enter picks', async ({ page }) => {
  await openRecommendations(page);
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await page.getByRole('textbox', { name: 'Target date for recommendation 1' }).fill('14/02/2025');
  await page.getByRole('button', { name: 'Choose the target date for recommendation 1' }).click();
  const calendar = page.getByRole('dialog', { name: 'Choose the target date for recommendation 1' });
  await expect(calendar.getByRole('button', { name: '14 February 2025' })).toBeFocused();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(calendar.getByRole('button', { name: '22 March 2025' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Target date for recommendation 1' })).toHaveValue('22/03/2025');
  // Escape closes the calendar without changing the date.
  await page.getByRole('button', { name: 'Choose the target date for recommendation 1' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Target date for recommendation 1' })).toHaveValue('22/03/2025');
});
