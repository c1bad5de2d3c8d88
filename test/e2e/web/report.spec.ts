import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerPassphraseScreens, expect, test } from './fixtures';
import { clickIntoSection, expectAllStatutorySections, openNewReport, section, statutoryTitles, waitForSaved } from './report-helpers';

const sectionKeys = ['introduction', 'overview', 'analysis', 'agencies-together', 'practice-in-general', 'done-differently', 'recommendations'];

test('writes in every section, and every word is there after a reload', async ({ page }) => {
  await openNewReport(page);
  for (const [index, key] of sectionKeys.entries()) {
    await clickIntoSection(page, key);
    await page.keyboard.type(`Text for section ${index + 1}, written by the reviewer.`);
  }
  await waitForSaved(page);
  await page.reload();
  for (const [index, key] of sectionKeys.entries()) {
    await expect(section(page, key)).toContainText(`Text for section ${index + 1}, written by the reviewer.`);
  }
  // The navigator counts words per section and in all.
  const navigator = page.getByRole('navigation', { name: 'Report sections' });
  await expect(navigator.locator('[data-section-nav="analysis"]')).toContainText('8 words');
  await expect(navigator).toContainText('Total: 56 words');
  await expect(navigator.locator('[data-section-nav="analysis"]')).toContainText('In progress');
});

test('statutory sections survive select-all and delete, and cut', async ({ page }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Some text in the overview.');
  await clickIntoSection(page, 'analysis');
  await page.keyboard.type('Some analysis.');
  // First Control+A selects the section, the second the whole report.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expectAllStatutorySections(page);
  await expect(page.locator('.ProseMirror')).not.toContainText('Some analysis.');

  await clickIntoSection(page, 'overview');
  await page.keyboard.type('More text.');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+X');
  await expectAllStatutorySections(page);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expectAllStatutorySections(page);
  await waitForSaved(page);
  await page.reload();
  await expectAllStatutorySections(page);
  // The titles are not text the reviewer can edit.
  await expect(page.locator('.report-section-title').first()).toHaveAttribute('contenteditable', 'false');
});

test('numbers paragraphs live as they are added and removed', async ({ page }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'analysis');
  await page.keyboard.type('First finding.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second finding.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third finding.');
  const numbered = section(page, 'analysis').locator('p[data-paragraph-number]');
  await expect(numbered).toHaveCount(3);
  await expect(section(page, 'analysis').locator('p', { hasText: 'Third finding.' })).toHaveAttribute('data-paragraph-number', '3.3');
  // A sub-heading takes no number; paragraphs after it carry on.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sub-heading' }).click();
  await page.keyboard.type('Episode two');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fourth finding.');
  await expect(section(page, 'analysis').locator('p', { hasText: 'Fourth finding.' })).toHaveAttribute('data-paragraph-number', '3.4');
  // Remove the second paragraph: the ones after it move up.
  await section(page, 'analysis').locator('p', { hasText: 'Second finding.' }).click({ clickCount: 3 });
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  await expect(section(page, 'analysis').locator('p', { hasText: 'Third finding.' })).toHaveAttribute('data-paragraph-number', '3.2');
  await expect(section(page, 'analysis').locator('p', { hasText: 'Fourth finding.' })).toHaveAttribute('data-paragraph-number', '3.3');
  // Other sections number from their own section number.
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Background.');
  await expect(section(page, 'overview').locator('p', { hasText: 'Background.' })).toHaveAttribute('data-paragraph-number', '2.1');
});

test('saves a version, views it read-only and restores it', async ({ page }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'introduction');
  await page.keyboard.type('Wording sent to the panel.');
  await page.getByRole('button', { name: 'Save version…' }).click();
  await page.getByRole('dialog', { name: 'Save a version' }).getByLabel('Version label').fill('v0.4 to panel');
  await page.getByRole('dialog', { name: 'Save a version' }).getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version “v0.4 to panel” saved.' })).toBeVisible();

  await clickIntoSection(page, 'introduction');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Rewritten after the panel.');
  await waitForSaved(page);

  await page.getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByRole('dialog', { name: 'Saved versions' });
  await versions.getByRole('button', { name: 'View v0.4 to panel' }).click();
  const viewer = page.getByRole('dialog', { name: 'Version “v0.4 to panel” (read-only)' });
  await expect(viewer).toContainText('Wording sent to the panel.');
  await expect(viewer.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  // Closing the read-only copy goes back to the list of versions.
  await viewer.getByRole('button', { name: 'Close' }).click();
  await versions.getByRole('button', { name: 'Restore v0.4 to panel' }).click();
  await page.getByRole('button', { name: 'Restore this version' }).click();
  await expect(section(page, 'introduction')).toContainText('Wording sent to the panel.');
  await expect(section(page, 'introduction')).not.toContainText('Rewritten after the panel.');
  await page.reload();
  await expect(section(page, 'introduction')).toContainText('Wording sent to the panel.');
  // The state before the restore was kept as a version of its own.
  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByRole('dialog', { name: 'Saved versions' })).toContainText('Before restoring “v0.4 to panel”');
});

test('finds and replaces across the whole report, with match case and whole word', async ({ page }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('The worker met the family. A social worker visited. Workers were busy.');
  await clickIntoSection(page, 'analysis');
  await page.keyboard.type('The worker did not escalate.');
  await page.getByRole('button', { name: 'Find and replace' }).click();
  const panel = page.getByRole('search', { name: 'Find and replace' });
  await panel.getByLabel('Find', { exact: true }).fill('worker');
  await expect(panel).toContainText('of 4');
  await panel.getByLabel('Whole word').check();
  await expect(panel).toContainText('of 3');
  await panel.getByLabel('Match case').check();
  await panel.getByLabel('Find', { exact: true }).fill('Workers');
  await expect(panel).toContainText('of 1');
  await panel.getByLabel('Match case').uncheck();
  await panel.getByLabel('Find', { exact: true }).fill('worker');
  await panel.getByLabel('Replace with').fill('practitioner');
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced 3' })).toBeVisible();
  await expect(section(page, 'overview')).toContainText('The practitioner met the family. A social practitioner visited. Workers were busy.');
  await expect(section(page, 'analysis')).toContainText('The practitioner did not escalate.');
  await waitForSaved(page);
});

test('pastes from Word keeping headings, lists, emphasis and tables, and dropping Word’s styling', async ({ page }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'overview');
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/word-clipboard.html'), 'utf8');
  await page.locator('.ProseMirror').evaluate((editor, clipboardHtml) => {
    const data = new DataTransfer();
    data.setData('text/html', clipboardHtml);
    data.setData('text/plain', 'fallback');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  const overview = section(page, 'overview');
  await expect(overview.locator('h3, h4').first()).toBeVisible();
  await expect(overview.locator('ul li').first()).toBeVisible();
  await expect(overview.locator('ol li').first()).toBeVisible();
  await expect(overview.locator('strong').first()).toBeVisible();
  await expect(overview.locator('em').first()).toBeVisible();
  await expect(overview.locator('u').first()).toBeVisible();
  await expect(overview.locator('table td').first()).toBeVisible();
  expect(await overview.locator('[style*="font"], [style*="color"], font, o\\:p').count()).toBe(0);
  await expectAllStatutorySections(page);
  await waitForSaved(page);
  await page.reload();
  await expect(section(page, 'overview').locator('table td').first()).toBeVisible();
});

test('a second tab on the same report is told and stays read-only', async ({ page, context }) => {
  await openNewReport(page);
  await clickIntoSection(page, 'introduction');
  await page.keyboard.type('Typed in the first tab.');
  await waitForSaved(page);
  const second = await context.newPage();
  await answerPassphraseScreens(second);
  await second.goto(page.url());
  await expect(second.getByRole('alert').filter({ hasText: 'open for editing in another window or tab' })).toBeVisible();
  await expect(second.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
  await expect(section(second, 'introduction')).toContainText('Typed in the first tab.');
  // It follows the editing tab's saves.
  await clickIntoSection(page, 'introduction');
  await page.keyboard.type(' And more.');
  await waitForSaved(page);
  await expect(section(second, 'introduction')).toContainText('And more.');
  // Once the first tab closes, the second can take over.
  await page.close();
  await second.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(second.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'true');
});

test('edits the title page and marks sections complete', async ({ page }) => {
  await openNewReport(page);
  await expect(page.getByRole('region', { name: 'Title page' })).toContainText('OFFICIAL-SENSITIVE');
  await page.getByRole('button', { name: 'Title page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Title page' });
  await dialog.getByLabel('Version label').fill('Draft 0.3');
  await dialog.getByLabel('Date').fill('14/02/2025');
  await dialog.getByRole('button', { name: 'Save title page' }).click();
  await expect(page.getByRole('region', { name: 'Title page' })).toContainText('Draft 0.3');
  await expect(page.getByRole('region', { name: 'Title page' })).toContainText('14 February 2025');
  const navigator = page.getByRole('navigation', { name: 'Report sections' });
  await navigator.getByLabel('Complete: Introduction').click();
  await expect(navigator.getByLabel('Complete: Introduction')).toBeChecked();
  await expect(navigator.locator('[data-section-nav="introduction"]')).toContainText('Complete');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Title page' })).toContainText('Draft 0.3');
  await expect(navigator.locator('[data-section-nav="introduction"]')).toContainText('Complete');
  expect(statutoryTitles).toHaveLength(7);
});
