import { Document, HeadingLevel, Packer, Paragraph, Table, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { formatLongUkDate } from '../dates/format-uk-date';
import { timeOfDay } from '../events/local-timestamp';
import { tagLabel } from '../events/note-tags';
import { eventTypeLabels, type Attendee, type EventNote, type NoteTheme, type PractitionerEvent } from '../events/practitioner-event';
import { a4, cell, documentDefaults, headerRow, margins, markingHeader, pageNumberFooter, safeFileNamePart, tableHeadingStyle } from './build-report-docx';
import { numberingReferences, reportNumbering } from './report-docx-numbering';

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

const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });

function attendeesTable(attendees: readonly Attendee[]): (Paragraph | Table)[] {
  if (attendees.length === 0) return [new Paragraph({ children: [new TextRun('No one was recorded as taking part.')] })];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [headerRow(['Role', 'Agency']), ...attendees.map((attendee) => new TableRow({ children: [cell(attendee.role), cell(attendee.agency)] }))],
    }),
    new Paragraph({}),
  ];
}

function agendaList(event: EventNotesExport['event']): Paragraph[] {
  if (event.agenda.length === 0) return [new Paragraph({ children: [new TextRun('No agenda was recorded.')] })];
  return event.agenda.map(
    (item) =>
      new Paragraph({
        numbering: { reference: numberingReferences.ordered, level: 0, instance: 1 },
        children: [new TextRun(item.text), ...(item.done ? [new TextRun({ text: ' (covered)', italics: true })] : [])],
      }),
  );
}

/** "10:42 Health visitor: what was said [Learning] [Voice of the child]", the role in bold. */
function noteParagraph(note: Omit<EventNote, 'caseId'>, roles: ReadonlyMap<string, string>): Paragraph {
  const children: ParagraphChild[] = [];
  const time = timeOfDay(note.at);
  if (time) children.push(new TextRun(`${time} `));
  const role = note.attendeeId ? roles.get(note.attendeeId) : undefined;
  if (role) children.push(new TextRun({ text: role, bold: true }), new TextRun(': '));
  // Line breaks typed in the note stay line breaks, not one run-on line.
  note.text.split('\n').forEach((line, index) => children.push(new TextRun({ text: line, break: index > 0 ? 1 : undefined })));
  if (note.tags.length > 0) children.push(new TextRun({ text: ` ${note.tags.map((tag) => `[${tagLabel(tag)}]`).join(' ')}`, italics: true }));
  return new Paragraph({ children });
}

function notesBody(input: EventNotesExport): Paragraph[] {
  const roles = new Map(input.event.attendees.map((attendee) => [attendee.id, attendee.role]));
  const notes = input.notes.filter((note) => note.eventId === input.event.id).sort((a, b) => a.order - b.order);
  if (notes.length === 0) return [heading2('Notes'), new Paragraph({ children: [new TextRun('No notes were taken.')] })];
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

/** The restricted Word document of one event's notes. */
export async function buildEventNotesDocx(input: EventNotesExport): Promise<Uint8Array> {
  const title = eventNotesTitle(input.reviewName, input.event);
  const document = new Document({
    // Empty, so docx writes no author or last-modified-by at all (its default is "Un-named"):
    // the file goes to practitioners, and should not carry the reviewer's details.
    creator: '',
    lastModifiedBy: '',
    title,
    description: '',
    numbering: reportNumbering,
    styles: { default: documentDefaults, paragraphStyles: [tableHeadingStyle] },
    sections: [
      {
        properties: { page: { size: a4, margin: margins } },
        headers: { default: markingHeader(eventNotesMarking) },
        footers: { default: pageNumberFooter(eventNotesMarking) },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
          new Paragraph({ children: [new TextRun(`Place: ${input.event.place.trim() || 'not recorded'}`)] }),
          new Paragraph({ children: [new TextRun('What was said is recorded by role, not by name. Please do not share these notes beyond those who attended.')] }),
          heading2('Who took part'),
          ...attendeesTable(input.event.attendees),
          heading2('Agenda and questions'),
          ...agendaList(input.event),
          ...notesBody(input),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
