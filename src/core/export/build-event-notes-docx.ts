import { formatLongUkDate } from '../dates/format-uk-date';
import { timeOfDay } from '../events/local-timestamp';
import { tagLabel } from '../events/note-tags';
import { eventTypeLabels, type Attendee, type EventNote, type NoteTheme, type PractitionerEvent } from '../events/practitioner-event';
import { safeFileNamePart } from './compose-report';
import { cell, fixedOrigin, paragraph, span, type Block, type ParagraphBlock, type PublishedDocument, type Run, type Span } from './published-document';
import { renderDocx } from './render-docx';

// The notes of one practitioner event as a Word document, sent to those who took part so they
// can check what was recorded. It is not anonymised, so it is marked restricted on every page;
// attendees appear by role and agency only, never by name, as in the report.

/** What the header and footer say on every page. */
export const eventNotesMarking = 'OFFICIAL-SENSITIVE — RESTRICTED: for those who attended only';

export interface EventNotesExport {
  reviewName: string;
  event: Omit<PractitionerEvent, 'caseId'>;
  /** The event's notes (notes of other events are left out). */
  notes: readonly Omit<EventNote, 'caseId'>[];
  /** The case's themes. */
  themes: readonly Omit<NoteTheme, 'caseId'>[];
  /** Notes under a heading per theme instead of one list in the order taken. */
  groupByTheme?: boolean;
}

type Event = Pick<PractitionerEvent, 'type' | 'date'>;

/** "Child L: notes of practitioner learning event on 14 March 2022". */
export function eventNotesTitle(reviewName: string, event: Event): string {
  return `${reviewName}: notes of ${eventTypeLabels[event.type].toLowerCase()} on ${formatLongUkDate(event.date)}`;
}

/** "Child-L-practitioner-learning-event-2022-03-14-notes-RESTRICTED.docx". */
export function eventNotesFileName(reviewName: string, event: Event): string {
  return `${safeFileNamePart(`${reviewName} ${eventTypeLabels[event.type].toLowerCase()} ${event.date}`)}-notes-RESTRICTED.docx`;
}

const own = fixedOrigin('Event notes');
const text = (value: string, format: Omit<Run, 'text'> = {}): Span => span(value, own, format);
const heading2 = (value: string) => paragraph([text(value)], { style: 'heading2' });
const plain = (value: string) => paragraph([text(value)]);

function attendeesTable(attendees: readonly Attendee[]): Block[] {
  if (attendees.length === 0) return [plain('No one was recorded as taking part.')];
  return [
    {
      kind: 'table',
      header: [cell('Role', own), cell('Agency', own)],
      rows: attendees.map((attendee) => [cell(attendee.role, own), cell(attendee.agency, own)]),
    },
    paragraph([]),
  ];
}

function agendaList(event: EventNotesExport['event']): Block[] {
  if (event.agenda.length === 0) return [plain('No agenda was recorded.')];
  return event.agenda.map((item) =>
    paragraph([text(item.text), ...(item.done ? [text(' (covered)', { italic: true })] : [])], { numbering: { kind: 'ordered', level: 0, list: 1 } }),
  );
}

/** "10:42 Health visitor: what was said [Learning] [Voice of the child]", the role in bold. */
function noteParagraph(note: Omit<EventNote, 'caseId'>, roles: ReadonlyMap<string, string>): ParagraphBlock {
  const spans: Span[] = [];
  const time = timeOfDay(note.at);
  if (time) spans.push(text(`${time} `));
  const role = note.attendeeId ? roles.get(note.attendeeId) : undefined;
  if (role) spans.push(text(role, { bold: true }), text(': '));
  // Line breaks typed in the note stay line breaks ("\n" is a break in the Word document).
  spans.push(text(note.text));
  if (note.tags.length > 0) spans.push(text(` ${note.tags.map((tag) => `[${tagLabel(tag)}]`).join(' ')}`, { italic: true }));
  return paragraph(spans);
}

function notesBody(input: EventNotesExport): Block[] {
  const roles = new Map(input.event.attendees.map((attendee) => [attendee.id, attendee.role]));
  const notes = input.notes.filter((note) => note.eventId === input.event.id).sort((a, b) => a.order - b.order);
  if (notes.length === 0) return [heading2('Notes'), plain('No notes were taken.')];
  if (!input.groupByTheme) return [heading2('Notes'), ...notes.map((note) => noteParagraph(note, roles))];
  const themes = [...input.themes].sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base', numeric: true }));
  const known = new Set(themes.map((theme) => theme.id));
  const groups = [
    ...themes.map((theme) => ({ name: theme.name, notes: notes.filter((note) => note.themeId === theme.id) })),
    // A note whose theme has since been deleted is, in effect, in no theme.
    { name: 'Not in a theme', notes: notes.filter((note) => note.themeId === null || !known.has(note.themeId)) },
  ];
  // Themes are the case's, across all its events: only those with notes here get a heading.
  return groups.filter((group) => group.notes.length > 0).flatMap((group) => [heading2(group.name), ...group.notes.map((note) => noteParagraph(note, roles))]);
}

/** The restricted notes of one event as a document. */
export function composeEventNotes(input: EventNotesExport): PublishedDocument {
  const title = eventNotesTitle(input.reviewName, input.event);
  const marking = text(eventNotesMarking, { bold: true });
  return {
    fileName: text(eventNotesFileName(input.reviewName, input.event)),
    // No author: the file goes to practitioners, and should not carry the reviewer's details.
    properties: { title: text(title), author: null },
    header: marking,
    footer: { marking, pageNumbers: true },
    fontSize: 12,
    updateFieldsOnOpen: false,
    sections: [
      {
        orientation: 'portrait',
        blocks: [
          paragraph([text(title)], { style: 'heading1' }),
          plain(`Place: ${input.event.place.trim() || 'not recorded'}`),
          plain('What was said is recorded by role, not by name. Please do not share these notes beyond those who attended.'),
          heading2('Who took part'),
          ...attendeesTable(input.event.attendees),
          heading2('Agenda and questions'),
          ...agendaList(input.event),
          ...notesBody(input),
        ],
      },
    ],
  };
}

/** The restricted Word document of one event's notes. */
export function buildEventNotesDocx(input: EventNotesExport): Promise<Uint8Array> {
  return renderDocx(composeEventNotes(input));
}
