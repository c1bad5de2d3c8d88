import type { Page } from '@playwright/test';
import { openCaseWithRegister, openPart } from './case-parts';
import { expect, test } from './fixtures';
import { clickIntoSection, waitForSaved } from './report-helpers';

// A report for publication must be finished, not only anonymised: the refusal lists what is still
// to finish before the findings, each a link to where it is put right, each open to an override
// with a reason that goes in the audit log.

const caseIdOf = (page: Page) => decodeURIComponent(/#\/case\/([^/]+)/.exec(page.url())![1]!);

async function exportForPublication(page: Page) {
  await openPart(page, 'Export');
  await page.getByRole('button', { name: 'Check and export for publication' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Not exported for publication' });
  await expect(refused).toBeVisible();
  return { refused, toFinish: refused.getByRole('list', { name: 'Before publishing' }), findings: refused.getByRole('list', { name: 'Unresolved findings' }) };
}

test('a report still titled “Draft 0.1”, marked and with empty sections is refused listing what to finish; an override is logged and taken off the list; each item links to its place', async ({
  page,
}) => {
  await openCaseWithRegister(page, 'Leo');
  const caseId = caseIdOf(page);
  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Lewis was seen at home by the health visitor.');
  await waitForSaved(page);

  const { refused, toFinish, findings } = await exportForPublication(page);
  await expect(refused).toContainText('Not exported for publication: 9 things to finish and 1 unresolved finding.');
  await expect(toFinish.getByRole('listitem')).toHaveText([
    /The title page still says “Draft 0\.1”\./,
    /The title page still carries the protective marking “OFFICIAL-SENSITIVE”\./,
    /The report names no reviewer: a published report names its reviewer\./,
    /Section 1, Introduction, is empty\./,
    /Section 3, Analysis of systemic or underlying reasons, is empty\./,
    /Section 4, How agencies worked together, is empty\./,
    /Section 5, Whether the shortcomings are features of practice in general, is empty\./,
    /Section 6, What would need to be done differently, is empty\./,
    /Section 7, Recommendations, is empty\./,
  ]);
  // What is to finish comes before the findings.
  await expect(refused.getByRole('list').first()).toHaveAccessibleName('Before publishing');
  await expect(findings.getByRole('listitem')).toHaveText(['high: 2. Overview of what happened, paragraph 2.1: “Lewis” → Leo']);

  // Overriding asks for a reason, records it, and the item is no longer listed.
  const marking = toFinish.getByRole('listitem').filter({ hasText: 'protective marking' });
  await marking.getByRole('button', { name: 'Override…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Override: The title page still carries the protective marking/ });
  await dialog.getByRole('button', { name: 'Override' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Reason cannot be empty.');
  await dialog.getByLabel('Reason').fill('The partnership adds its own marking when it publishes');
  await dialog.getByRole('button', { name: 'Override' }).click();
  await expect(dialog).toBeHidden();
  await expect(toFinish).not.toContainText('protective marking');
  await expect(toFinish.getByRole('listitem')).toHaveCount(8);
  await expect(refused).toContainText('Not exported for publication: 8 things to finish and 1 unresolved finding.');

  await openPart(page, 'Identifiers');
  const log = page.getByRole('table', { name: 'Anonymisation decisions' });
  const decision = log.getByRole('row').filter({ hasText: 'Readiness item overridden' }).getByRole('cell');
  await expect(decision.nth(2)).toHaveText('title-page-marking');
  await expect(decision.nth(4)).toHaveText('The partnership adds its own marking when it publishes');

  // Checked afresh, the override holds.
  const again = await exportForPublication(page);
  await expect(again.refused).toContainText('Not exported for publication: 8 things to finish and 1 unresolved finding.');
  await expect(again.toFinish).not.toContainText('protective marking');

  // A finding links to its paragraph in the report; an empty section to the section; the title page to the title page.
  await again.findings.getByRole('button', { name: 'high: 2. Overview of what happened, paragraph 2.1: “Lewis” → Leo' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${caseId}/report/paragraph%3A2\\.1$`));
  const third = await exportForPublication(page);
  await third.toFinish.getByRole('button', { name: 'Section 3, Analysis of systemic or underlying reasons, is empty.' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${caseId}/report/section%3Aanalysis$`));
  await expect(page.locator('.ProseMirror section[data-section-key="analysis"]')).toBeInViewport();
  // The caret is in the empty section, ready for its first words.
  await page.keyboard.type('Analysis begins here.');
  await expect(page.locator('.ProseMirror section[data-section-key="analysis"]')).toContainText('Analysis begins here.');
  await waitForSaved(page);
  const fourth = await exportForPublication(page);
  await fourth.toFinish.getByRole('button', { name: 'The report names no reviewer: a published report names its reviewer.' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${caseId}/report/title-page$`));
  await expect(page.getByRole('dialog', { name: /title page/i })).toBeVisible();
});

test('an incomplete recommendation links to the recommendation, opened with its wording focused', async ({ page }) => {
  await openCaseWithRegister(page, 'Leo');
  const caseId = caseIdOf(page);
  await openPart(page, 'Recommendations');
  for (let added = 0; added < 2; added += 1) await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.locator('li.recommendation')).toHaveCount(2);

  const { toFinish } = await exportForPublication(page);
  await expect(toFinish).toContainText('Recommendation 1 has no wording, no agency and no target date.');
  await toFinish.getByRole('button', { name: 'Recommendation 2 has no wording, no agency and no target date.' }).click();
  await expect(page).toHaveURL(new RegExp(`#/case/${caseId}/recommendations/[^/]+$`));
  await expect(page.getByLabel('Wording of recommendation 2')).toBeFocused();
  await expect(page.getByLabel('Wording of recommendation 2')).toBeInViewport();
});
