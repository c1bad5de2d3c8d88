import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnonymisationChecker } from '../../../../src/core/anonymise/anonymisation-checker';
import type { EventNote, PractitionerEvent } from '../../../../src/core/events/practitioner-event';
import { defaultTitlePage } from '../../../../src/core/report/title-page';
import { replaceInCaseText } from '../../../../src/renderer/data/replace-in-case-text';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import { uniqueDatabaseName } from '../../support/case-records';

const checker = new AnonymisationChecker({
  identifiers: [{ id: 'kb', kind: 'person', value: 'Kerry Barker', replacement: 'his aunt', note: '', personId: null }],
});
const finding = { identifierId: 'kb', text: 'Kerry Barker', replacement: 'his aunt' };

const event: PractitionerEvent = {
  id: 'event-1',
  caseId: 'case-1',
  type: 'learning-event',
  date: '2024-03-14',
  place: 'Kerry Barker’s house',
  attendees: [],
  agenda: [
    { id: 'a1', text: 'Who looked after him at weekends? Kerry Barker?', done: false },
    { id: 'a2', text: 'Kerry Barker and the school', done: true },
  ],
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-01T09:00:00.000Z',
};
const note: EventNote = {
  id: 'note-1',
  caseId: 'case-1',
  eventId: 'event-1',
  order: 0,
  at: '2024-03-14T10:02:00',
  text: 'Seen with Kerry Barker, then Kerry Barker left.',
  attendeeId: null,
  tags: [],
  themeId: null,
  sentTo: null,
};

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('replace-in-case-text')))).db;
  await db.events.add(structuredClone(event));
  await db.eventNotes.add(structuredClone(note));
});
afterEach(() => db.close());

describe('replacing a finding outside the report', () => {
  it('replaces it in an event note and logs the decision with the count', async () => {
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'event-note', id: 'note-1' }, finding)).toBe(2);
    expect((await db.eventNotes.get('note-1'))?.text).toBe('Seen with his aunt, then his aunt left.');
    expect(await db.anonymisationLog.where('caseId').equals('case-1').toArray()).toEqual([
      expect.objectContaining({ action: 'replaced', text: 'Kerry Barker', replacement: 'his aunt', count: 2 }),
    ]);
  });

  it('replaces it in an event’s place, or in one agenda item leaving the others as they are', async () => {
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'event', id: 'event-1', field: 'place' }, finding)).toBe(1);
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'event-agenda', id: 'event-1', itemId: 'a1' }, finding)).toBe(1);
    const stored = await db.events.get('event-1');
    expect(stored?.place).toBe('his aunt’s house');
    expect(stored?.agenda).toEqual([
      { id: 'a1', text: 'Who looked after him at weekends? his aunt?', done: false },
      { id: 'a2', text: 'Kerry Barker and the school', done: true },
    ]);
    expect(stored?.updatedAt).not.toBe(event.updatedAt);
  });

  it('changes and logs nothing when the text has gone or no longer holds it', async () => {
    await db.eventNotes.update('note-1', { text: 'Seen with his aunt.' });
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'event-note', id: 'note-1' }, finding)).toBe(0);
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'event-note', id: 'removed' }, finding)).toBe(0);
    expect(await db.anonymisationLog.count()).toBe(0);
  });

  it('replaces it in every published place outside the body: a reviewer’s name, an agency’s name, a chronology entry’s agency, an episode’s title', async () => {
    await db.reports.add({
      caseId: 'case-1',
      titlePage: { ...defaultTitlePage('Child K', 'Kingsmere', ['Independent Reviewer A', 'Kerry Barker']) },
      completedSections: [],
      updatedAt: '2024-03-01T09:00:00.000Z',
    });
    await db.agencies.add({ id: 'agency-1', caseId: 'case-1', name: 'Kerry Barker’s family support team' });
    await db.episodes.add({
      id: 'episode-1',
      caseId: 'case-1',
      title: 'Kerry Barker steps in',
      from: '2022-01-01',
      to: '2022-02-01',
      description: '',
      order: 0,
    });
    await db.chronologyEntries.add({
      id: 'entry-1',
      caseId: 'case-1',
      date: '2022-01-05',
      precision: 'day',
      approximate: false,
      time: null,
      agency: 'Kerry Barker (family)',
      source: '',
      role: '',
      text: 'Called the school.',
      outcome: '',
      analysis: '',
      episodeIds: [],
      origin: null,
      sequence: 1,
      sortKey: '2022-01-05|2|--:--|0000000001',
    });
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'reviewer', index: 1 }, finding)).toBe(1);
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'agency', id: 'agency-1' }, finding)).toBe(1);
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'episode', id: 'episode-1' }, finding)).toBe(1);
    expect(await replaceInCaseText(db, 'case-1', checker, { kind: 'chronology', id: 'entry-1', field: 'agency' }, finding)).toBe(1);
    expect((await db.reports.get('case-1'))?.titlePage.reviewers).toEqual(['Independent Reviewer A', 'his aunt']);
    expect((await db.agencies.get('agency-1'))?.name).toBe('his aunt’s family support team');
    expect((await db.episodes.get('episode-1'))?.title).toBe('his aunt steps in');
    expect((await db.chronologyEntries.get('entry-1'))?.agency).toBe('his aunt (family)');
    expect(await db.anonymisationLog.count()).toBe(4);
  });
});
