import type { Page } from '@playwright/test';
import { caseRows, createCase } from './case-helpers';
import { openPart } from './case-parts';
import { expect, test } from './fixtures';
import { clickIntoSection, section, waitForSaved } from './report-helpers';

// The review panel: replacements a reviewer can trust. A finding that could be more than one
// person is never replaced without a choice; "replace everywhere" shows every occurrence and
// changes exactly the ticked ones, undone in one step; replacements fit the sentence; the panel
// sits beside the report.

async function openCaseWithOwnRegister(page: Page, reviewName: string, register: string): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName, partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await openPart(page, 'Identifiers');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(`kind,value,replacement,note\n${register}`) });
  const count = register.trim().split('\n').length;
  await page.getByRole('button', { name: `Replace with ${count} identifiers` }).click();
  await expect(page.getByRole('heading', { name: `Register (${count})` })).toBeVisible();
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Anonymisation check' });
const findingItem = (page: Page, text: string) =>
  panelOf(page)
    .getByRole('listitem')
    .filter({ has: page.locator('mark', { hasText: new RegExp(`^${text}$`) }) });

test('a shared surname is never replaced without a choice; replace everywhere changes exactly the ticked occurrences, and one undo restores them all', async ({
  page,
}) => {
  await openCaseWithOwnRegister(page, 'Child E', 'person,Jane Doe,Mother,\nperson,Ella Doe,Child E,\n');
  await openPart(page, 'Recommendations');
  await page.getByRole('button', { name: 'Add recommendation' }).click();
  await expect(page.getByLabel('Wording of recommendation 1')).toBeFocused();
  await page.keyboard.type('Schools should record who collects Ella Doe.');
  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Mrs Doe told the health visitor that she was struggling to cope. Ella Doe was seen at school. Later Ella Doe was tired.');
  await waitForSaved(page);
  const overview = section(page, 'overview');

  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  // "Mrs Doe" could be either: each is offered, nothing is chosen, nothing replaces it everywhere.
  const mrsDoe = findingItem(page, 'Mrs Doe');
  await expect(mrsDoe).toContainText('This could be more than one person in the register');
  await expect(mrsDoe.getByRole('button', { name: 'Mother (Jane Doe)' })).toBeVisible();
  await expect(mrsDoe.getByRole('button', { name: 'Child E (Ella Doe)' })).toBeVisible();
  await expect(mrsDoe.getByRole('button', { name: /everywhere/ })).toHaveCount(0);
  await expect(mrsDoe.getByRole('textbox')).toHaveCount(0);

  // Replace everywhere on the child's name: every occurrence listed first.
  await findingItem(page, 'Ella Doe').first().getByRole('button', { name: 'Replace “Ella Doe” everywhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace “Ella Doe” everywhere' });
  const occurrences = dialog.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
  await expect(occurrences).toHaveCount(4);
  await expect(occurrences.filter({ hasText: 'Mrs Doe' }).getByRole('checkbox')).not.toBeChecked();
  await expect(occurrences.filter({ hasText: 'could be someone else' })).toHaveCount(1);
  await expect(occurrences.filter({ hasText: 'Recommendation 1' }).getByRole('checkbox')).toBeChecked();
  // The second mention in the report is left as it is.
  await occurrences.filter({ hasText: 'Later' }).getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: 'Replace 2 occurrences' }).click();
  await expect(dialog).toBeHidden();
  await expect(overview).toContainText(
    'Mrs Doe told the health visitor that she was struggling to cope. Child E was seen at school. Later Ella Doe was tired.',
  );
  await openPart(page, 'Recommendations');
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Schools should record who collects Child E.');

  // One undo restores both, the report and the recommendation.
  await openPart(page, 'Report');
  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  await panelOf(page).getByRole('button', { name: 'Undo' }).click();
  await expect(overview).toContainText('Ella Doe was seen at school. Later Ella Doe was tired.');
  await expect(overview).toContainText('Mrs Doe told the health visitor');
  await waitForSaved(page);
  await openPart(page, 'Recommendations');
  await expect(page.getByLabel('Wording of recommendation 1')).toHaveValue('Schools should record who collects Ella Doe.');

  // Done again, all of it but the ambiguous one; "Mrs Doe" is still the reviewer's to decide.
  await openPart(page, 'Report');
  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  await findingItem(page, 'Ella Doe').first().getByRole('button', { name: 'Replace “Ella Doe” everywhere' }).click();
  await dialog.getByRole('button', { name: 'Replace 3 occurrences' }).click();
  await expect(overview).toContainText('Mrs Doe told the health visitor that she was struggling to cope. Child E was seen at school. Later Child E was tired.');
  await expect(findingItem(page, 'Mrs Doe')).toContainText('This could be more than one person in the register');

  // The audit log says what was replaced where.
  await openPart(page, 'Identifiers');
  const log = page.getByRole('table', { name: 'Anonymisation decisions' });
  await expect(log.getByRole('row').filter({ hasText: 'Replaced in: report paragraph 2.1; report paragraph 2.1; Recommendation 1' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'Undo of “Replace everywhere”' })).toHaveCount(1);
});

test('replacements fit the sentence: a name in apposition goes with its commas, an address is one span, a date is said less precisely', async ({ page }) => {
  await openCaseWithOwnRegister(
    page,
    'Child K',
    'person,Ann Smith,the health visitor,\naddress,"14 Elm Close, Townley, TE1 2AB",the family home,\ndate,22/11/2018,,date of birth\n',
  );
  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('The health visitor, Ann Smith, made a referral. They lived at 14 Elm Close, Townley TE1 2AB. On 14 March 2021 the school called.');
  await waitForSaved(page);
  const overview = section(page, 'overview');
  await page.getByRole('button', { name: 'Check anonymisation' }).click();

  await findingItem(page, 'Ann Smith').getByRole('button', { name: 'Remove “Ann Smith” and its commas' }).click();
  await expect(overview).toContainText('The health visitor made a referral.');

  const address = findingItem(page, '14 Elm Close, Townley TE1 2AB');
  await expect(address.getByRole('textbox', { name: 'Replace with' })).toHaveValue('the family home');
  await address.getByRole('button', { name: 'Replace “14 Elm Close, Townley TE1 2AB” here' }).click();
  await expect(overview).toContainText('They lived at the family home.');

  const date = findingItem(page, '14 March 2021');
  const choice = date.getByRole('combobox', { name: 'Replace “On 14 March 2021” with' });
  await expect(choice).toHaveValue('In March 2021');
  const offered = await date.locator('datalist option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(offered).toEqual(['In March 2021', 'In early 2021', 'In spring 2021', 'In 2021', 'When Child K was two']);
  await choice.fill('When Child K was two');
  await date.getByRole('button', { name: 'Replace “14 March 2021” here' }).click();
  await expect(overview).toContainText('When Child K was two the school called.');
});

test('the panel sits beside the report, and the keyboard walks the findings, each brought to the middle of the view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCaseWithOwnRegister(page, 'Child K', 'person,Ann Smith,the health visitor,\n');
  await openPart(page, 'Report');
  await clickIntoSection(page, 'analysis');
  for (let index = 0; index < 12; index += 1) {
    await page.keyboard.type(`Paragraph ${index + 1} of the analysis, without anything identifying in it at all.`);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Ann Smith saw the family.');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  const panel = await panelOf(page).boundingBox();
  const report = await page.locator('.report-editor-frame').boundingBox();
  expect(panel && report && report.x + report.width <= panel.x).toBe(true);
  expect(report!.width).toBeGreaterThan(600);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(findingItem(page, 'Ann Smith')).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Ann Smith');
  const mark = await section(page, 'analysis').locator('.finding', { hasText: 'Ann Smith' }).boundingBox();
  expect(Math.abs(mark!.y + mark!.height / 2 - 768 / 2)).toBeLessThan(150);
  await page.keyboard.press('Alt+r');
  await expect(section(page, 'analysis')).toContainText('the health visitor saw the family.');
});

test('a link to a paragraph opens the report there', async ({ page }) => {
  await openCaseWithOwnRegister(page, 'Child K', 'person,Ann Smith,the health visitor,\n');
  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  for (let index = 0; index < 20; index += 1) {
    await page.keyboard.type(`Paragraph 2.${index + 1} of the overview.`);
    if (index < 19) await page.keyboard.press('Enter');
  }
  await waitForSaved(page);
  const url = new URL(page.url());
  await page.goto('/');
  await page.goto(`${url.pathname}${url.hash.replace(/\/report$/, '/report/paragraph%3A2.17')}`);
  const target = section(page, 'overview').locator('p[data-paragraph-number="2.17"]');
  await expect(target).toBeInViewport();
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('p')?.getAttribute('data-paragraph-number')))
    .toBe('2.17');
});

test('a finding from a variant or a part of a name says why it is taken for the register entry', async ({ page }) => {
  await openCaseWithOwnRegister(
    page,
    'Child Y',
    'person,Yusuf Hamdan,Child Y,\nperson,Hamida al-Tamimi,Mother,\nschool,Larkhill Community Primary School,the primary school,\n',
  );
  await openPart(page, 'Report');
  await clickIntoSection(page, 'overview');
  await page.keyboard.type('Yousef started at Larkhill in 2021. Altamimi was his mother’s name in the school’s records.');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Check anonymisation' }).click();
  await expect(findingItem(page, 'Yousef')).toContainText('Why: sounds like “Yusuf”.');
  await expect(findingItem(page, 'Larkhill')).toContainText('Why: part of the registered school name “Larkhill Community Primary School”.');
  await expect(findingItem(page, 'Altamimi')).toContainText('Why: another way of writing “al-Tamimi”.');
  await findingItem(page, 'Yousef').getByRole('button', { name: 'Replace “Yousef” here' }).click();
  await expect(section(page, 'overview')).toContainText('Child Y started at');
});
