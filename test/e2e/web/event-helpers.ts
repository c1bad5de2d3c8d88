import { expect, type Page } from '@playwright/test';
import { openPart } from './case-parts';
import { caseRows, createCase } from './case-helpers';

export const attendees = [
  { role: 'Health visitor', agency: 'Health visiting service', name: 'Anita Rowe', shortcut: 'HV' },
  { role: 'Social worker', agency: "Children's social care", name: '', shortcut: 'SW' },
  { role: 'Designated safeguarding lead', agency: 'Kingsmere Primary School', name: '', shortcut: 'DSL' },
];

/** Creates a case and, in it, a practitioner learning event with three attendees and an agenda. */
export async function createEventWithAttendees(page: Page, reviewName: string): Promise<void> {
  await page.goto('/');
  await createCase(page, { reviewName, partnership: 'Kingsmere Safeguarding Children Partnership' });
  await caseRows(page).getByRole('link', { name: reviewName }).click();
  await openPart(page, 'Events');
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Type of event').selectOption('learning-event');
  await dialog.getByRole('textbox', { name: 'Date of the event' }).fill('14/03/2024');
  await dialog.getByRole('textbox', { name: 'Place' }).fill('A community venue');
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practitioner learning event, 14 March 2024' })).toBeVisible();
  const add = page.getByRole('form', { name: 'Add an attendee' });
  for (const attendee of attendees) {
    await add.getByLabel('Role').fill(attendee.role);
    await add.getByLabel('Agency').fill(attendee.agency);
    await add.getByLabel('Name (optional)').fill(attendee.name);
    await add.getByRole('button', { name: 'Add attendee' }).click();
  }
  await page.getByRole('button', { name: 'Save attendees' }).click();
  await expect(page.getByRole('button', { name: 'Save attendees' })).toBeDisabled();
  for (const item of ['What was known about growth at each contact?', 'How was information shared at school entry?']) {
    await page.getByLabel('Agenda item or question').fill(item);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Agenda' }).getByText(item)).toBeVisible();
  }
}

/** Every note row of the review list, by number, scrolling the virtual list from top to bottom. */
export async function collectNoteRows(page: Page): Promise<Map<number, string>> {
  const list = page.locator('.note-review-list');
  const rows = new Map<number, string>();
  await list.evaluate((element) => (element.scrollTop = 0));
  for (let guard = 0; guard < 200; guard += 1) {
    const seen = await list.locator('li[data-note-id]').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    for (const text of seen) {
      const number = Number(/^(\d+)\./.exec(text.trim())?.[1]);
      if (number) rows.set(number, text);
    }
    const atEnd = await list.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTop += element.clientHeight * 0.8;
      return element.scrollTop === before;
    });
    if (atEnd) break;
    await page.waitForTimeout(30);
  }
  return rows;
}
