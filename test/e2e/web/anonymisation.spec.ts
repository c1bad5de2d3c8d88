import { expect, test } from './fixtures';
import { caseRows, createCase } from './case-helpers';
import { openCaseWithRegister, openPart } from './case-parts';
import { clickIntoSection, section, waitForSaved } from './report-helpers';

const nav = openPart;

test('registers identifiers, highlights them as the reviewer types, replaces everywhere, leaves one with a reason, and logs every decision', async ({
  page,
}) => {
  // The register, imported from CSV, plus one added by hand.
  await openCaseWithRegister(page, 'Leo');
  await page.getByLabel('Kind').selectOption('person');
  await page.getByLabel('Identifying detail').fill('Samuel Okoro');
  await page.getByLabel('Replacement').fill('the paediatrician');
  await page.getByRole('button', { name: 'Add identifier' }).click();
  await expect(page.getByRole('heading', { name: 'Register (21)' })).toBeVisible();

  // Highlighted in the report as it is typed.
  await nav(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Lewis lived at 3 Larch Grove. Lewis’s aunt Kerry Barker helped, and Dr Okoro saw him. Mr P was absent.');
  const overview = section(page, 'overview');
  await expect(overview.locator('.finding-high', { hasText: 'Lewis' })).toHaveCount(2);
  await expect(overview.locator('.finding-high', { hasText: '3 Larch Grove' })).toHaveCount(1);
  await expect(overview.locator('.finding', { hasText: 'Mr P' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  const panel = page.getByRole('region', { name: 'Anonymisation check' });
  await expect(panel.getByRole('list', { name: 'Findings' })).toContainText('Kerry Barker');
  await panel.getByRole('button', { name: 'Replace “Lewis” everywhere' }).first().click();
  await page
    .getByRole('dialog', { name: 'Replace “Lewis” everywhere' })
    .getByRole('button', { name: /^Replace \d+ occurrences?$/ })
    .click();
  await expect(overview).toContainText('Leo lived at 3 Larch Grove. Leo’s aunt Kerry Barker helped');
  await panel.getByRole('button', { name: 'Replace “3 Larch Grove” here' }).click();
  await expect(overview).toContainText('Leo lived at the family home.');
  await panel.getByRole('button', { name: 'Leave “Kerry Barker” as it is' }).click();
  await page.getByLabel('Reason (kept in the audit log)').fill('The aunt asked to be named');
  await page.getByRole('button', { name: 'Leave it' }).click();
  await expect(overview.locator('.finding', { hasText: 'Kerry Barker' })).toHaveCount(0);
  await waitForSaved(page);

  // The decisions are in the audit log, and stay after a reload.
  await page.reload();
  await expect(section(page, 'overview').locator('.finding', { hasText: 'Kerry Barker' })).toHaveCount(0);
  await nav(page, 'Identifiers');
  const log = page.getByRole('table', { name: 'Anonymisation decisions' });
  await expect(log.getByRole('row').filter({ hasText: 'Replaced everywhere' })).toContainText('Lewis');
  await expect(log.getByRole('row').filter({ hasText: 'Replaced everywhere' })).toContainText('Leo');
  await expect(log.getByRole('row').filter({ hasText: /^.*Replaced.*3 Larch Grove/ })).toContainText('the family home');
  await expect(log.getByRole('row').filter({ hasText: 'Left as it is' })).toContainText('The aunt asked to be named');
});

test('a malformed register is refused with its row numbers, and the register is unchanged', async ({ page }) => {
  await page.goto('/');
  await createCase(page, { reviewName: 'Child N', partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: 'Child N' }).click();
  await nav(page, 'Identifiers');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('kind,value,replacement,note\nperson,Ann Example,A,\nplanet,Mars,,\nalias,,x,\n'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“bad.csv” was not imported');
  await expect(alert).toContainText('Row 3: “planet” is not a kind of identifier');
  await expect(alert).toContainText('Row 4: The value is empty.');
  await expect(page.getByRole('heading', { name: 'Register (0)' })).toBeVisible();
});

test('findings in the recommendations are listed with the register and replaced where they are', async ({ page }) => {
  await openCaseWithRegister(page, 'Child P');
  await nav(page, 'Recommendations');
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toBeFocused();
  await page.keyboard.type('Health visitors should share Lewis’s growth charts with Holy Trinity.');
  await nav(page, 'Identifiers');
  const outside = page.getByRole('list', { name: 'Findings outside the report' });
  await expect(outside).toContainText('Recommendation 1: “Lewis”');
  await expect(outside).toContainText('Recommendation 1: “Holy Trinity”');
  await outside.getByRole('button', { name: 'Replace “Lewis” in Recommendation 1' }).click();
  await expect(outside).not.toContainText('“Lewis”');
  await nav(page, 'Recommendations');
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Health visitors should share Leo’s growth charts with Holy Trinity.');
});
