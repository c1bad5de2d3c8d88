import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../../src/core/cases/case-record';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { serialiseCaseFile } from '../../../../src/core/case-file/write-case-file';
import { linkedNoteIds } from '../../../../src/core/events/notes-to-report';
import type { Attendee, EventNote, NoteDraft, PractitionerEvent } from '../../../../src/core/events/practitioner-event';
import { emptyReportDocument } from '../../../../src/core/report/empty-report-document';
import { nodeText, type ReportDocument, type ReportNode } from '../../../../src/core/report/report-document';
import { statutorySectionDefinition } from '../../../../src/core/report/statutory-sections';
import { addIdentifier, listIdentifiers, listLog } from '../../../../src/renderer/data/anonymisation-repository';
import { collectCaseFile } from '../../../../src/renderer/data/case-file-transfer';
import { createCase, importCase } from '../../../../src/renderer/data/case-repository';
import { CsprDatabase } from '../../../../src/renderer/data/db/cspr-database';
import { openDatabase } from '../../../../src/renderer/data/db/open-database';
import {
  addNote,
  addTheme,
  createEvent,
  deleteEvent,
  deleteTheme,
  listEvents,
  listNotes,
  listThemes,
  saveAttendees,
  sendNotesToReport,
  setNotesTheme,
} from '../../../../src/renderer/data/event-repository';
import { NoteDraftSaver } from '../../../../src/renderer/data/note-draft-saver';
import { getReportContent } from '../../../../src/renderer/data/report-content-store';
import { ensureReport, saveReportContent } from '../../../../src/renderer/data/report-repository';
import { uniqueDatabaseName } from '../../support/case-records';

let db: CsprDatabase;
beforeEach(async () => {
  db = (await openDatabase(new CsprDatabase(uniqueDatabaseName('events')))).db;
});
afterEach(() => db.close());

const caseDetails = {
  reviewName: 'Child K',
  partnership: 'Kingsmere Safeguarding Children Partnership',
  reviewers: ['Independent Reviewer A'],
  status: 'in-progress' as const,
  dates: { incidentNotified: '2024-01-08', reviewCommissioned: '2024-02-01', publication: null },
};

const attendees: Attendee[] = [
  { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: 'Joanne Pratt', shortcut: 'HV' },
  { id: 'sw', role: 'Social worker', agency: 'Children’s social care', name: '', shortcut: 'SW' },
  { id: 'mum', role: 'Mother', agency: '', name: 'Kelly Smith', shortcut: 'MUM' },
];

async function caseWithEvent(): Promise<{ record: CaseRecord; event: PractitionerEvent }> {
  const record = await createCase(db, caseDetails);
  const event = await createEvent(db, record.id, { type: 'learning-event', date: '2024-03-14', place: 'a community venue' });
  return { record, event };
}

const parsed = (text: string, attendeeId: string | null = null, tags: string[] = []) => ({ text, attendeeId, tags });

/** Three notes taken at 10:02, 10:05 and 10:09. */
async function takeNotes(event: PractitionerEvent): Promise<EventNote[]> {
  return [
    await addNote(db, event, parsed('Growth checks were missed at two visits', 'hv', ['learning']), '2024-03-14T10:02:00'),
    await addNote(db, event, parsed('He said he was hungry at school', null, ['voiceofchild']), '2024-03-14T10:05:00'),
    await addNote(db, event, parsed('The referral was closed after one visit', 'sw', ['question', 'systemic']), '2024-03-14T10:09:00'),
  ];
}

const texts = (notes: readonly EventNote[]) => notes.map((note) => note.text);
const sectionOf = (doc: ReportDocument, key: string) => doc.content.find((section) => section.attrs.key === key)!;
const noteSources = (node: ReportNode): Record<string, unknown>[] =>
  node.type === 'noteSource' ? [node.attrs ?? {}] : (node.content ?? []).flatMap(noteSources);

describe('events', () => {
  it('lists a case’s events in date order, same-day events in the order they were created', async () => {
    const record = await createCase(db, caseDetails);
    const other = await createCase(db, { ...caseDetails, reviewName: 'Child M' });
    const later = await createEvent(db, record.id, { type: 'panel-meeting', date: '2024-03-14', place: 'online' }, new Date('2024-03-02T09:00:00Z'));
    const earliest = await createEvent(
      db,
      record.id,
      { type: 'practitioner-conversation', date: '2023-11-02', place: 'online' },
      new Date('2024-03-03T09:00:00Z'),
    );
    const sameDayFirst = await createEvent(
      db,
      record.id,
      { type: 'learning-event', date: '2024-03-14', place: '  a   community venue ' },
      new Date('2024-03-01T09:00:00Z'),
    );
    await createEvent(db, other.id, { type: 'learning-event', date: '2024-01-01', place: 'online' });
    const listed = await listEvents(db, record.id);
    expect(listed.map((event) => event.id)).toEqual([earliest.id, sameDayFirst.id, later.id]);
    expect(listed[1]).toMatchObject({ caseId: record.id, place: 'a community venue', attendees: [], agenda: [], createdAt: '2024-03-01T09:00:00.000Z' });
  });

  it('deletes an event with its notes and draft, leaving other events’ notes', async () => {
    const { record, event } = await caseWithEvent();
    const other = await createEvent(db, record.id, { type: 'panel-meeting', date: '2024-04-01', place: 'online' });
    await takeNotes(event);
    await addNote(db, other, parsed('Panel agreed the actions'), '2024-04-01T14:00:00');
    await db.noteDrafts.put({ eventId: event.id, caseId: record.id, text: 'half a note', startedAt: '2024-03-14T10:30:00' });
    await deleteEvent(db, event.id);
    expect(await db.events.get(event.id)).toBeUndefined();
    expect(await listNotes(db, event.id)).toEqual([]);
    expect(await db.noteDrafts.get(event.id)).toBeUndefined();
    expect(texts(await listNotes(db, other.id))).toEqual(['Panel agreed the actions']);
  });
});

describe('taking notes', () => {
  it('numbers the notes 0, 1, 2 … and lists them in that order', async () => {
    const { event } = await caseWithEvent();
    const notes = await takeNotes(event);
    expect(notes.map((note) => note.order)).toEqual([0, 1, 2]);
    const listed = await listNotes(db, event.id);
    expect(texts(listed)).toEqual(['Growth checks were missed at two visits', 'He said he was hungry at school', 'The referral was closed after one visit']);
    expect(listed[0]).toMatchObject({
      caseId: event.caseId,
      eventId: event.id,
      at: '2024-03-14T10:02:00',
      attendeeId: 'hv',
      tags: ['learning'],
      themeId: null,
      sentTo: null,
    });
  });

  it('lists notes in the order taken, not the order of their ids', async () => {
    const { event } = await caseWithEvent();
    vi.spyOn(crypto, 'randomUUID')
      .mockReturnValueOnce('ffffffff-0000-4000-8000-000000000000')
      .mockReturnValueOnce('00000000-0000-4000-8000-000000000000')
      .mockReturnValueOnce('88888888-0000-4000-8000-000000000000');
    await takeNotes(event);
    const listed = await listNotes(db, event.id);
    expect(listed.map((note) => [note.order, note.id])).toEqual([
      [0, 'ffffffff-0000-4000-8000-000000000000'],
      [1, '00000000-0000-4000-8000-000000000000'],
      [2, '88888888-0000-4000-8000-000000000000'],
    ]);
  });

  it('keeps each event’s numbering separate', async () => {
    const { record, event } = await caseWithEvent();
    const other = await createEvent(db, record.id, { type: 'panel-meeting', date: '2024-04-01', place: 'online' });
    await takeNotes(event);
    expect((await addNote(db, other, parsed('First at panel'), '2024-04-01T14:00:00')).order).toBe(0);
    expect((await addNote(db, event, parsed('Fourth'), '2024-03-14T10:20:00')).order).toBe(3);
  });

  it('refuses a note for an event that has been deleted', async () => {
    const { event } = await caseWithEvent();
    await deleteEvent(db, event.id);
    await expect(addNote(db, event, parsed('Too late'), '2024-03-14T10:02:00')).rejects.toThrow('The event no longer exists.');
    expect(await db.eventNotes.count()).toBe(0);
  });

  it('clears the note’s draft when it is added, but not a newer draft already under way', async () => {
    const { record, event } = await caseWithEvent();
    const draft = (text: string, startedAt: string): NoteDraft => ({ eventId: event.id, caseId: record.id, text, startedAt });
    await db.noteDrafts.put(draft('Growth checks were missed', '2024-03-14T10:02:00'));
    await addNote(db, event, parsed('Growth checks were missed'), '2024-03-14T10:02:00');
    expect(await db.noteDrafts.get(event.id)).toBeUndefined();

    await db.noteDrafts.put(draft('The next note', '2024-03-14T10:03:00'));
    await addNote(db, event, parsed('A note started earlier'), '2024-03-14T10:02:30');
    expect(await db.noteDrafts.get(event.id)).toEqual(draft('The next note', '2024-03-14T10:03:00'));
  });
});

describe('saving the note being typed', () => {
  const draft = (text: string): NoteDraft => ({ eventId: 'event-1', caseId: 'case-1', text, startedAt: '2024-03-14T10:02:00' });

  it('ends with the latest text after a burst of keystrokes', async () => {
    const saver = new NoteDraftSaver(db, (error) => {
      throw error;
    });
    for (const text of ['G', 'Gr', 'Gro', 'Grow', 'Growth']) saver.save(draft(text));
    await saver.flush();
    expect(await db.noteDrafts.get('event-1')).toEqual(draft('Growth'));
    saver.save(draft('Growth c'));
    saver.save(draft('Growth ch'));
    await saver.flush();
    expect((await db.noteDrafts.get('event-1'))?.text).toBe('Growth ch');
  });

  it('deletes the draft when the text is emptied', async () => {
    const saver = new NoteDraftSaver(db, (error) => {
      throw error;
    });
    saver.save(draft('Growth'));
    await saver.flush();
    saver.save(draft('Grow'));
    saver.save(draft(''));
    await saver.flush();
    expect(await db.noteDrafts.get('event-1')).toBeUndefined();
  });

  it('drops keystrokes not yet written when told to (the note was just added)', async () => {
    const saver = new NoteDraftSaver(db, (error) => {
      throw error;
    });
    saver.save(draft('Growth')); // written at once
    saver.save(draft('Growth checks')); // waits for the first write
    saver.discardPending();
    await saver.flush();
    expect((await db.noteDrafts.get('event-1'))?.text).toBe('Growth');
  });

  it('reports a failed write and writes again on the next keystroke', async () => {
    const put = vi.fn<(draft: NoteDraft) => Promise<void>>().mockRejectedValueOnce(new Error('The disk is full')).mockResolvedValue(undefined);
    const fakeDb = { noteDrafts: { put, delete: vi.fn() } } as unknown as CsprDatabase;
    const errors: unknown[] = [];
    const saver = new NoteDraftSaver(fakeDb, (error) => errors.push(error));
    saver.save(draft('G'));
    await saver.flush();
    expect(errors).toEqual([new Error('The disk is full')]);
    saver.save(draft('Gr'));
    await saver.flush();
    expect(put).toHaveBeenLastCalledWith(draft('Gr'));
    expect(errors).toHaveLength(1);
  });
});

describe('attendees', () => {
  it('refuses an attendee without a role, or two sharing a shortcut, and saves nothing', async () => {
    const { record, event } = await caseWithEvent();
    await expect(saveAttendees(db, record.id, event.id, [attendees[0]!, { ...attendees[1]!, role: '   ' }])).rejects.toThrow('Attendee 2 needs a role.');
    await expect(saveAttendees(db, record.id, event.id, [attendees[0]!, { ...attendees[1]!, shortcut: 'hv' }])).rejects.toThrow('@hv');
    await expect(saveAttendees(db, record.id, event.id, [{ ...attendees[0]!, shortcut: 'H V' }])).rejects.toThrow('no spaces');
    expect((await db.events.get(event.id))?.attendees).toEqual([]);
    expect(await listIdentifiers(db, record.id)).toEqual([]);
  });

  it('saves the attendees tidied up', async () => {
    const { record, event } = await caseWithEvent();
    await saveAttendees(db, record.id, event.id, [
      { id: 'hv', role: '  Health   visitor ', agency: ' Health  visiting service ', name: '  Joanne   Pratt ', shortcut: ' HV ' },
    ]);
    expect((await db.events.get(event.id))?.attendees).toEqual([
      { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: 'Joanne Pratt', shortcut: 'HV' },
    ]);
  });

  it('puts each attendee’s name in the identifier register once, replaced by the role, and logs it', async () => {
    const { record, event } = await caseWithEvent();
    expect(await saveAttendees(db, record.id, event.id, attendees)).toEqual(['Joanne Pratt', 'Kelly Smith']);
    const register = await listIdentifiers(db, record.id);
    expect(register.map(({ kind, value, replacement }) => ({ kind, value, replacement }))).toEqual([
      { kind: 'person', value: 'Joanne Pratt', replacement: 'the health visitor' },
      { kind: 'person', value: 'Kelly Smith', replacement: 'Mother' },
    ]);
    // Both may be logged in the same millisecond: compared in name order.
    const log = (await listLog(db, record.id)).sort((a, b) => a.text.localeCompare(b.text));
    expect(log.map(({ action, text, replacement }) => ({ action, text, replacement }))).toEqual([
      { action: 'identifier-added', text: 'Joanne Pratt', replacement: 'the health visitor' },
      { action: 'identifier-added', text: 'Kelly Smith', replacement: 'Mother' },
    ]);

    // Saving again (or at another event) adds nothing.
    expect(await saveAttendees(db, record.id, event.id, attendees)).toEqual([]);
    const second = await createEvent(db, record.id, { type: 'family-conversation', date: '2024-03-20', place: 'the family home' });
    expect(await saveAttendees(db, record.id, second.id, [{ ...attendees[2]!, name: 'KELLY SMITH' }])).toEqual([]);
    expect(await listIdentifiers(db, record.id)).toHaveLength(2);
    expect(await listLog(db, record.id)).toHaveLength(2);
  });

  it('keeps an abbreviated role’s capitals in the replacement, so the report never reads “the gp”', async () => {
    const { record, event } = await caseWithEvent();
    await saveAttendees(db, record.id, event.id, [
      { id: 'gp', role: 'GP', agency: 'GP practice', name: 'Dr Amir Shah', shortcut: 'GP' },
      { id: 'dsl', role: 'Designated safeguarding lead (DSL)', agency: 'Primary school', name: 'Sarah Okafor', shortcut: 'DSL' },
    ]);
    expect((await listIdentifiers(db, record.id)).map((identifier) => identifier.replacement)).toEqual(['the GP', 'the designated safeguarding lead (DSL)']);
  });

  it('does not add a name the reviewer already registered, whatever its case', async () => {
    const { record, event } = await caseWithEvent();
    await addIdentifier(db, record.id, { kind: 'person', value: 'joanne pratt', replacement: 'HV1', note: '', personId: null });
    expect(await saveAttendees(db, record.id, event.id, attendees)).toEqual(['Kelly Smith']);
    const register = await listIdentifiers(db, record.id);
    expect(register.map((identifier) => [identifier.value, identifier.replacement])).toEqual([
      ['joanne pratt', 'HV1'],
      ['Kelly Smith', 'Mother'],
    ]);
  });
});

describe('themes', () => {
  it('leaves a deleted theme’s notes in place, in no theme', async () => {
    const { record, event } = await caseWithEvent();
    const notes = await takeNotes(event);
    const sharing = await addTheme(db, record.id, '  Information   sharing ');
    const growth = await addTheme(db, record.id, 'Growth');
    expect(sharing.name).toBe('Information sharing');
    expect(await addTheme(db, record.id, 'information sharing')).toEqual(sharing);
    await setNotesTheme(db, [notes[0]!.id, notes[2]!.id], sharing.id);
    await setNotesTheme(db, [notes[1]!.id], growth.id);
    await deleteTheme(db, record.id, sharing.id);
    expect((await listThemes(db, record.id)).map((theme) => theme.name)).toEqual(['Growth']);
    expect((await listNotes(db, event.id)).map((note) => note.themeId)).toEqual([null, growth.id, null]);
  });
});

describe('sending notes to the report', () => {
  const analysisTitle = statutorySectionDefinition('analysis').title;

  it('creates the report if needed, appends the notes in the order taken and marks them sent', async () => {
    const { record, event } = await caseWithEvent();
    await saveAttendees(db, record.id, event.id, attendees);
    const saved = (await db.events.get(event.id))!;
    const [first, second, third] = await takeNotes(event);
    expect(await db.reports.get(record.id)).toBeUndefined();

    const now = new Date('2024-03-15T09:00:00Z');
    const title = await sendNotesToReport(db, record, saved, [third!, first!, second!], 'analysis', 'automatic', now);
    expect(title).toBe(analysisTitle);
    expect(await db.reports.get(record.id)).toBeDefined();

    const content = (await getReportContent(db, record.id))!.content;
    const blocks = sectionOf(content, 'analysis').content;
    expect(blocks.map((block) => [block.type, nodeText(block).trim()])).toEqual([
      ['paragraph', 'Growth checks were missed at two visits'],
      ['blockquote', 'He said he was hungry at school'],
      ['paragraph', 'The referral was closed after one visit'],
    ]);
    expect(noteSources(content)).toEqual([
      { noteId: first!.id, eventId: event.id, label: 'Practitioner learning event, 14/03/2024 10:02, Health visitor' },
      { noteId: second!.id, eventId: event.id, label: 'Practitioner learning event, 14/03/2024 10:05' },
      { noteId: third!.id, eventId: event.id, label: 'Practitioner learning event, 14/03/2024 10:09, Social worker' },
    ]);
    expect(sectionOf(content, 'overview')).toEqual(sectionOf(emptyReportDocument(), 'overview'));

    const sentTo = { sectionKey: 'analysis', sectionTitle: analysisTitle, at: '2024-03-15T09:00:00.000Z' };
    expect((await listNotes(db, event.id)).map((note) => note.sentTo)).toEqual([sentTo, sentTo, sentTo]);
  });

  it('adds to what the section already says, and marks only the notes sent', async () => {
    const { record, event } = await caseWithEvent();
    const [first, , third] = await takeNotes(event);
    const opened = await ensureReport(db, record);
    const existing = structuredClone(opened.content.content);
    sectionOf(existing, 'overview').content = [{ type: 'paragraph', content: [{ type: 'text', text: 'Child K lived with his mother.' }] }];
    await saveReportContent(db, record.id, existing);

    await sendNotesToReport(db, record, event, [first!, third!], 'overview', 'paragraphs');
    const blocks = sectionOf((await getReportContent(db, record.id))!.content, 'overview').content;
    expect(blocks.map((block) => nodeText(block).trim())).toEqual([
      'Child K lived with his mother.',
      'Growth checks were missed at two visits',
      'The referral was closed after one visit',
    ]);
    expect((await listNotes(db, event.id)).map((note) => note.sentTo?.sectionKey ?? null)).toEqual(['overview', null, 'overview']);
  });

  it('refuses a section no longer in the report, changing neither the notes nor the report', async () => {
    const { record, event } = await caseWithEvent();
    const notes = await takeNotes(event);
    await expect(sendNotesToReport(db, record, event, notes, 'appendix-gone', 'automatic')).rejects.toThrow('That section is no longer in the report.');
    // Not even the report the send would have created.
    expect(await db.reports.get(record.id)).toBeUndefined();
    expect(await db.reportContents.get(record.id)).toBeUndefined();

    const opened = await ensureReport(db, record);
    const before = await db.reportContents.get(record.id);
    await expect(sendNotesToReport(db, record, event, notes, 'appendix-gone', 'automatic')).rejects.toThrow('That section is no longer in the report.');
    expect(await db.reportContents.get(record.id)).toEqual(before);
    expect((await getReportContent(db, record.id))!.content).toEqual(opened.content.content);
    expect((await listNotes(db, event.id)).map((note) => note.sentTo)).toEqual([null, null, null]);
  });

  it('refuses to send no notes', async () => {
    const { record, event } = await caseWithEvent();
    await expect(sendNotesToReport(db, record, event, [], 'analysis', 'automatic')).rejects.toThrow('Choose the notes to send.');
  });
});

describe('events in the case file', () => {
  it('come back from an export imported as a new case, with the report’s links pointing at the new notes', async () => {
    const { record, event } = await caseWithEvent();
    await saveAttendees(db, record.id, event.id, attendees);
    const saved = (await db.events.get(event.id))!;
    const notes = await takeNotes(saved);
    const theme = await addTheme(db, record.id, 'Information sharing');
    await setNotesTheme(db, [notes[2]!.id], theme.id);
    await sendNotesToReport(db, record, saved, [notes[0]!, notes[1]!], 'analysis', 'automatic');

    const read = readCaseFile(serialiseCaseFile(await collectCaseFile(db, record.id)));
    if (!read.ok) throw new Error(read.errors.join('; '));
    const imported = await importCase(db, read.file, { kind: 'as-new' });
    expect(imported.id).not.toBe(record.id);

    const [copy] = await listEvents(db, imported.id);
    expect(copy).toBeDefined();
    expect(copy!.id).not.toBe(event.id);
    expect(copy).toMatchObject({ caseId: imported.id, type: 'learning-event', date: '2024-03-14', place: 'a community venue', attendees: saved.attendees });

    const copiedNotes = await listNotes(db, copy!.id);
    expect(copiedNotes.map(({ order, text, attendeeId, tags, at }) => ({ order, text, attendeeId, tags, at }))).toEqual(
      notes.map(({ order, text, attendeeId, tags, at }) => ({ order, text, attendeeId, tags, at })),
    );
    expect(copiedNotes.every((note) => note.caseId === imported.id && !notes.some((original) => original.id === note.id))).toBe(true);
    expect(copiedNotes.map((note) => note.sentTo?.sectionKey ?? null)).toEqual(['analysis', 'analysis', null]);

    const [copiedTheme] = await listThemes(db, imported.id);
    expect(copiedTheme).toMatchObject({ name: 'Information sharing', caseId: imported.id });
    expect(copiedTheme!.id).not.toBe(theme.id);
    expect(copiedNotes.map((note) => note.themeId)).toEqual([null, null, copiedTheme!.id]);

    const copiedReport = (await getReportContent(db, imported.id))!.content;
    expect(noteSources(copiedReport).map(({ noteId, eventId }) => ({ noteId, eventId }))).toEqual([
      { noteId: copiedNotes[0]!.id, eventId: copy!.id },
      { noteId: copiedNotes[1]!.id, eventId: copy!.id },
    ]);
    expect(linkedNoteIds(copiedReport)).toEqual(new Set([copiedNotes[0]!.id, copiedNotes[1]!.id]));

    // The original case still links to its own notes.
    expect(linkedNoteIds((await getReportContent(db, record.id))!.content)).toEqual(new Set([notes[0]!.id, notes[1]!.id]));
    expect(texts(await listNotes(db, event.id))).toEqual(texts(notes));
  });
});
