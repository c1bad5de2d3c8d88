import Dexie from 'dexie';
import type { CaseRecord } from '../../core/cases/case-record';
import { appendToSection, noteBlocks, type SendForm } from '../../core/events/notes-to-report';
import type { ParsedNoteInput } from '../../core/events/parse-note-input';
import type { AgendaItem, Attendee, EventNote, EventType, NoteDraft, NoteTheme, PractitionerEvent } from '../../core/events/practitioner-event';
import { shortcutProblems } from '../../core/events/role-shortcuts';
import { addIdentifier } from './anonymisation-repository';
import type { CsprDatabase } from './db/cspr-database';
import { getReportContent, putReportContent } from './report-content-store';
import { ensureReport } from './report-repository';

// Events, their notes and the themes notes are grouped into. Every change is one transaction, so
// a note is never half-added and a sent note is never marked sent without being in the report.

export interface EventDetails {
  type: EventType;
  date: string;
  place: string;
}

export async function listEvents(db: CsprDatabase, caseId: string): Promise<PractitionerEvent[]> {
  const events = await db.events.where('caseId').equals(caseId).toArray();
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1));
}

/** The event's notes in the order they were taken. */
export function listNotes(db: CsprDatabase, eventId: string): Promise<EventNote[]> {
  return db.eventNotes.where('[eventId+order]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey]).toArray();
}

export function listThemes(db: CsprDatabase, caseId: string): Promise<NoteTheme[]> {
  return db.noteThemes.where('caseId').equals(caseId).sortBy('name');
}

function cleanDetails(details: EventDetails): EventDetails {
  return { ...details, place: details.place.trim().replace(/\s+/g, ' ') };
}

export async function createEvent(db: CsprDatabase, caseId: string, details: EventDetails, now = new Date()): Promise<PractitionerEvent> {
  const stamp = now.toISOString();
  const event: PractitionerEvent = { id: crypto.randomUUID(), caseId, ...cleanDetails(details), attendees: [], agenda: [], createdAt: stamp, updatedAt: stamp };
  await db.events.add(event);
  return event;
}

async function updateEvent(db: CsprDatabase, eventId: string, changes: Partial<Omit<PractitionerEvent, 'id' | 'caseId'>>): Promise<void> {
  const changed = await db.events.update(eventId, { ...changes, updatedAt: new Date().toISOString() });
  if (changed === 0) throw new Error('The event no longer exists.');
}

export function updateEventDetails(db: CsprDatabase, eventId: string, details: EventDetails): Promise<void> {
  return updateEvent(db, eventId, cleanDetails(details));
}

export function saveAgenda(db: CsprDatabase, eventId: string, agenda: AgendaItem[]): Promise<void> {
  return updateEvent(db, eventId, { agenda });
}

/** Ticks an agenda item off (or back on), reading the event afresh so no other change is lost. */
export async function setAgendaItemDone(db: CsprDatabase, eventId: string, itemId: string, done: boolean): Promise<void> {
  await db.transaction('rw', db.events, async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error('The event no longer exists.');
    await updateEvent(db, eventId, { agenda: event.agenda.map((item) => (item.id === itemId ? { ...item, done } : item)) });
  });
}

/** "Health visitor" → "the health visitor", "GP" → "the GP": how the report refers to someone by role. */
export function roleReplacement(role: string): string {
  const trimmed = role.trim();
  // Abbreviations (GP, DSL, SENCO) keep their capitals: "the gp" must never reach the report.
  const lowered = trimmed.replace(/[\p{L}\p{N}]+/gu, (word) => (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) ? word : word.toLowerCase()));
  return /^(mother|father|mum|dad|stepfather|stepmother|aunt|uncle|grandmother|grandfather|grandparent|sibling|brother|sister)$/i.test(trimmed)
    ? trimmed[0]!.toUpperCase() + trimmed.slice(1).toLowerCase()
    : `the ${lowered}`;
}

/**
 * Saves the attendees. A name given for an attendee goes into the case's identifier register
 * (once), replaced by the role, so it is caught wherever it is typed.
 * Returns the names newly registered.
 */
export async function saveAttendees(db: CsprDatabase, caseId: string, eventId: string, attendees: Attendee[]): Promise<string[]> {
  const cleaned = attendees.map((attendee) => ({
    ...attendee,
    role: attendee.role.trim().replace(/\s+/g, ' '),
    agency: attendee.agency.trim().replace(/\s+/g, ' '),
    name: attendee.name.trim().replace(/\s+/g, ' '),
    shortcut: attendee.shortcut.trim(),
  }));
  const missingRole = cleaned.findIndex((attendee) => attendee.role === '');
  if (missingRole !== -1) throw new Error(`Attendee ${missingRole + 1} needs a role.`);
  const problems = shortcutProblems(cleaned);
  if (problems.length > 0) throw new Error(problems.join(' '));
  return db.transaction('rw', db.events, db.identifiers, db.anonymisationLog, async () => {
    await updateEvent(db, eventId, { attendees: cleaned });
    const known = new Set((await db.identifiers.where('caseId').equals(caseId).toArray()).map((identifier) => identifier.value.toLowerCase()));
    const added: string[] = [];
    for (const attendee of cleaned) {
      if (attendee.name === '' || known.has(attendee.name.toLowerCase())) continue;
      await addIdentifier(
        db,
        caseId,
        {
          kind: 'person',
          value: attendee.name,
          replacement: roleReplacement(attendee.role),
          note: `${attendee.role}${attendee.agency ? `, ${attendee.agency}` : ''} (event attendee)`,
          personId: null,
        },
        true,
      );
      known.add(attendee.name.toLowerCase());
      added.push(attendee.name);
    }
    return added;
  });
}

export async function deleteEvent(db: CsprDatabase, eventId: string): Promise<void> {
  await db.transaction('rw', db.events, db.eventNotes, db.noteDrafts, async () => {
    await db.eventNotes.where('eventId').equals(eventId).delete();
    await db.noteDrafts.delete(eventId);
    await db.events.delete(eventId);
  });
}

/**
 * Adds the typed note after the event's last one and clears its draft, in one transaction. Only
 * the draft of this note (started at `at`) is cleared: the next note may already be under way.
 */
export async function addNote(
  db: CsprDatabase,
  event: Pick<PractitionerEvent, 'id' | 'caseId'>,
  parsed: Omit<ParsedNoteInput, 'unknownRole'>,
  at: string,
): Promise<EventNote> {
  return db.transaction('rw', db.events, db.eventNotes, db.noteDrafts, async () => {
    if (!(await db.events.get(event.id))) throw new Error('The event no longer exists.');
    const last = await db.eventNotes.where('[eventId+order]').between([event.id, Dexie.minKey], [event.id, Dexie.maxKey]).last();
    const note: EventNote = {
      id: crypto.randomUUID(),
      caseId: event.caseId,
      eventId: event.id,
      order: last ? last.order + 1 : 0,
      at,
      text: parsed.text,
      attendeeId: parsed.attendeeId,
      tags: parsed.tags,
      themeId: null,
      sentTo: null,
    };
    await db.eventNotes.add(note);
    if ((await db.noteDrafts.get(event.id))?.startedAt === at) await db.noteDrafts.delete(event.id);
    return note;
  });
}

export async function updateNote(db: CsprDatabase, noteId: string, parsed: Omit<ParsedNoteInput, 'unknownRole'>): Promise<void> {
  const changed = await db.eventNotes.update(noteId, { text: parsed.text, attendeeId: parsed.attendeeId, tags: parsed.tags });
  if (changed === 0) throw new Error('The note no longer exists.');
}

export function deleteNote(db: CsprDatabase, noteId: string): Promise<void> {
  return db.eventNotes.delete(noteId);
}

export async function setNotesTheme(db: CsprDatabase, noteIds: readonly string[], themeId: string | null): Promise<void> {
  await db.transaction('rw', db.eventNotes, async () => {
    for (const id of noteIds) await db.eventNotes.update(id, { themeId });
  });
}

export async function addTheme(db: CsprDatabase, caseId: string, name: string): Promise<NoteTheme> {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean === '') throw new Error('Give the theme a name.');
  const existing = (await listThemes(db, caseId)).find((theme) => theme.name.toLowerCase() === clean.toLowerCase());
  if (existing) return existing;
  const theme: NoteTheme = { id: crypto.randomUUID(), caseId, name: clean };
  await db.noteThemes.add(theme);
  return theme;
}

/** Removes a theme; its notes stay, in no theme. */
export async function deleteTheme(db: CsprDatabase, caseId: string, themeId: string): Promise<void> {
  await db.transaction('rw', db.noteThemes, db.eventNotes, async () => {
    await db.eventNotes
      .where('caseId')
      .equals(caseId)
      .filter((note) => note.themeId === themeId)
      .modify({ themeId: null });
    await db.noteThemes.delete(themeId);
  });
}

/**
 * Sends notes into a section of the report, in the order taken, each with its link back; the
 * notes are marked with where they went. The report is created if it has never been opened.
 */
export async function sendNotesToReport(
  db: CsprDatabase,
  record: CaseRecord,
  event: PractitionerEvent,
  notes: readonly EventNote[],
  sectionKey: string,
  form: SendForm,
  now = new Date(),
): Promise<string> {
  if (notes.length === 0) throw new Error('Choose the notes to send.');
  return db.transaction('rw', db.reports, db.reportContents, db.eventNotes, async () => {
    // The notes as stored now (edited or deleted since they were chosen), of this event only.
    const stored = (await db.eventNotes.bulkGet(notes.map((note) => note.id))).filter(
      (note): note is EventNote => note !== undefined && note.eventId === event.id,
    );
    if (stored.length === 0) throw new Error('Those notes are no longer in the event.');
    const ordered = stored.sort((a, b) => a.order - b.order);
    await ensureReport(db, record, now);
    const current = await getReportContent(db, record.id);
    if (!current) throw new Error('The report could not be opened.');
    const section = current.content.content.find((candidate) => candidate.attrs.key === sectionKey);
    if (!section) throw new Error('That section is no longer in the report.');
    const content = appendToSection(current.content, sectionKey, noteBlocks(ordered, event, form));
    await putReportContent(db, { caseId: record.id, content, updatedAt: now.toISOString() });
    const sentTo = { sectionKey, sectionTitle: section.attrs.title, at: now.toISOString() };
    for (const note of ordered) await db.eventNotes.update(note.id, { sentTo });
    return section.attrs.title;
  });
}

export function getEvent(db: CsprDatabase, eventId: string): Promise<PractitionerEvent | undefined> {
  return db.events.get(eventId);
}

/** How many notes each event has, counted by index so no note is opened (decrypted) to count it. */
export async function countNotesByEvent(db: CsprDatabase, eventIds: readonly string[]): Promise<Map<string, number>> {
  return new Map(await Promise.all(eventIds.map(async (id) => [id, await db.eventNotes.where('eventId').equals(id).count()] as const)));
}

/** Every note of the case, across its events. */
export function listCaseNotes(db: CsprDatabase, caseId: string): Promise<EventNote[]> {
  return db.eventNotes.where('caseId').equals(caseId).toArray();
}

/** The note that was being typed at an event, if any. */
export function getNoteDraft(db: CsprDatabase, eventId: string): Promise<NoteDraft | undefined> {
  return db.noteDrafts.get(eventId);
}
