import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { openPart } from './case-parts';
import { collectNoteRows, createEventWithAttendees } from './event-helpers';
import { section } from './report-helpers';

const noteCount = 200;
const shortcuts = ['HV', 'SW', 'DSL', null] as const;
const roles: Record<string, string> = { HV: 'Health visitor', SW: 'Social worker', DSL: 'Designated safeguarding lead' };
function tagsOf(n: number): string[] {
  return [...(n % 3 === 0 ? ['learning'] : []), ...(n % 5 === 0 ? ['voiceofchild'] : []), ...(n % 7 === 0 ? ['recall'] : [])];
}
const tagLabels: Record<string, string> = { learning: 'Learning', voiceofchild: 'Voice of the child', recall: '#recall' };

test('an event of 200 notes typed with roles and tags survives a reload in order; filtered; three sent to the report with links back', async ({ page }) => {
  test.setTimeout(240_000);
  await createEventWithAttendees(page, 'Child E');
  await page.getByRole('button', { name: 'Take notes' }).click();
  const capture = page.getByRole('dialog', { name: /Taking notes/ });
  const input = capture.getByRole('combobox', { name: 'Note' });
  await expect(input).toBeFocused();

  // Typed from the keyboard: "@HV", the words, "#tags", Enter; the next note starts at once.
  for (let n = 1; n <= noteCount; n += 1) {
    const shortcut = shortcuts[n % 4];
    const line = [shortcut ? `@${shortcut}` : '', `Note ${n} growth was discussed`, ...tagsOf(n).map((tag) => `#${tag}`)].filter(Boolean).join(' ');
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(capture.getByRole('status')).toHaveText(`Note ${noteCount} saved`);
  await capture.getByRole('checkbox', { name: 'What was known about growth at each contact?' }).check();
  // A note not yet finished is kept too.
  await input.click();
  await page.keyboard.type('Unfinished thought @SW');
  await page.waitForTimeout(300);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: `${noteCount} notes` })).toBeVisible();
  const rows = await collectNoteRows(page);
  expect(rows.size).toBe(noteCount);
  for (let n = 1; n <= noteCount; n += 1) {
    const text = rows.get(n)!;
    expect(text).toContain(`Note ${n} growth was discussed`);
    const shortcut = shortcuts[n % 4];
    if (shortcut) expect(text).toContain(`${roles[shortcut]} —`);
    else expect(text).not.toContain(' — ');
    for (const tag of tagsOf(n)) expect(text).toContain(tagLabels[tag]);
    if (tagsOf(n).length === 0) expect(text).not.toMatch(/Learning|Voice of the child|#recall/);
  }
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('checkbox', { name: 'What was known about growth at each contact?' })).toBeChecked();
  await page.getByRole('button', { name: 'Take notes' }).click();
  await expect(page.getByRole('combobox', { name: 'Note', exact: true })).toHaveValue('Unfinished thought @SW');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Taking notes/ })).toBeHidden();

  // Filter: by tag, then also by who said it, then by agency, then by text.
  const filters = page.getByRole('search', { name: 'Filter the notes' });
  const count = (test: (n: number) => boolean) => Array.from({ length: noteCount }, (_, i) => i + 1).filter(test).length;
  const childsWords = (n: number) => tagsOf(n).includes('voiceofchild');
  await filters.getByLabel('Tag').selectOption('voiceofchild');
  await expect(filters.getByRole('status')).toHaveText(`${count(childsWords)} of ${noteCount} notes`);
  await filters.getByLabel('Said by').selectOption({ label: 'Health visitor — Health visiting service' });
  await expect(filters.getByRole('status')).toHaveText(`${count((n) => childsWords(n) && shortcuts[n % 4] === 'HV')} of ${noteCount} notes`);
  await filters.getByLabel('Said by').selectOption({ label: 'Anyone' });
  await filters.getByLabel('Agency').selectOption("Children's social care");
  await expect(filters.getByRole('status')).toHaveText(`${count((n) => childsWords(n) && shortcuts[n % 4] === 'SW')} of ${noteCount} notes`);
  await filters.getByRole('button', { name: 'Clear filter' }).click();
  await filters.getByLabel('Search the notes').fill('note 117');
  await expect(filters.getByRole('status')).toHaveText(`1 of ${noteCount} notes`);
  await filters.getByLabel('Search the notes').fill('');
  await filters.getByLabel('Tag').selectOption('voiceofchild');

  // Send three: the child's words go in as quotes, each with its link back.
  for (const n of [5, 10, 15]) await page.getByRole('checkbox', { name: `Select note ${n}`, exact: true }).check();
  await page.getByRole('button', { name: 'Send to report…' }).click();
  const send = page.getByRole('dialog', { name: 'Send 3 notes to the report' });
  await send.getByLabel('Section').selectOption({ label: '3. Analysis of systemic or underlying reasons' });
  await send.getByRole('button', { name: 'Send to report' }).click();
  await expect(send).toBeHidden();
  await expect(
    page
      .locator('li[data-note-id]')
      .filter({ hasText: 'Note 10 growth' })
      .getByText(/In the report: Analysis/),
  ).toBeVisible();

  await openPart(page, 'Report');
  const analysis = section(page, 'analysis');
  const quotes = analysis.locator('blockquote');
  await expect(quotes).toHaveCount(3);
  for (const [index, n] of [5, 10, 15].entries()) {
    await expect(quotes.nth(index)).toContainText(`Note ${n} growth was discussed`);
    await expect(quotes.nth(index).locator('[data-note-source]')).toContainText('Practitioner learning event, 14/03/2024');
  }
  // The link leads back to the note.
  await quotes.nth(1).locator('[data-note-source]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practitioner learning event, 14 March 2024' })).toBeVisible();
  await expect(page.locator('li.review-note.focused')).toContainText('Note 10 growth was discussed');
});

test('an attendee’s name joins the register and is flagged in a note; the restricted notes export is marked, lists roles not names, and is logged', async ({
  page,
}) => {
  await createEventWithAttendees(page, 'Child F');
  await expect(page.getByRole('status').filter({ hasText: 'Added to the identifier register: Anita Rowe' })).toBeAttached();
  await page.getByRole('button', { name: 'Take notes' }).click();
  await page.keyboard.type('@SW The family moved twice that year #learning');
  await page.keyboard.press('Enter');
  await page.keyboard.type('@DSL "I was hungry," the child told staff');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Note 2 saved');
  await page.keyboard.press('Escape');

  // Restricted export: marked on every page, roles and agencies, never the name.
  await page.getByRole('button', { name: 'Export notes (restricted)…' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export restricted notes' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Child-F-practitioner-learning-event-2024-03-14-notes-RESTRICTED.docx');
  const path = resolve(test.info().outputDir, download.suggestedFilename());
  await download.saveAs(path);
  const parts = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([name, data]) => [name, strFromU8(data)]));
  const header = Object.entries(parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
  expect(header).toContain('RESTRICTED: for those who attended only');
  const body = parts['word/document.xml']!;
  for (const text of ['Health visitor', 'Health visiting service', 'Designated safeguarding lead', 'The family moved twice that year', 'Social worker'])
    expect(body).toContain(text);
  expect(Object.values(parts).join('')).not.toContain('Anita Rowe');

  // A note naming the attendee is flagged on the note and listed with the findings outside the report.
  await page.getByRole('button', { name: 'Take notes' }).click();
  await page.keyboard.type('@HV Anita Rowe said the clinic was full #systemic');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.locator('li[data-note-id]').filter({ hasText: 'said the clinic was full' })).toContainText('Identifying: “Anita Rowe”');

  // Themes: two notes into one, grouped by theme; a note deleted once confirmed.
  await page.getByLabel('New theme').fill('Information sharing');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await page.getByRole('checkbox', { name: 'Select note 1', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Select note 3', exact: true }).check();
  await page.getByLabel('Theme for the selected notes').selectOption({ label: 'Information sharing' });
  await page.getByRole('button', { name: 'Apply theme' }).click();
  await page.getByLabel('Group by theme').check();
  await expect(page.getByRole('heading', { name: 'Information sharing (2)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not in a theme (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete note 2' }).click();
  await page.getByRole('dialog', { name: 'Delete note 2?' }).getByRole('button', { name: 'Delete the note' }).click();
  await expect(page.getByRole('heading', { name: /Not in a theme/ })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Information sharing (2)' })).toBeVisible();
  await openPart(page, 'Identifiers');
  // Note 2 was deleted, so the note naming her is now the second.
  await expect(page.getByRole('list', { name: 'Findings outside the report' })).toContainText(
    'Practitioner learning event 14/03/2024, note 2: “Anita Rowe” → the health visitor',
  );
  await expect(page.getByRole('table', { name: 'Anonymisation decisions' })).toContainText(
    'Child-F-practitioner-learning-event-2024-03-14-notes-RESTRICTED.docx',
  );
});
