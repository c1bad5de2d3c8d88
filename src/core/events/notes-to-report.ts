import { formatShortUkDate } from '../dates/format-uk-date';
import type { ReportDocument, ReportNode } from '../report/report-document';
import type { ReportNodeType } from '../report/report-node-types';
import { timeOfDay } from './local-timestamp';
import { ownWordsTags } from './note-tags';
import { eventTypeLabels, type Attendee, type EventNote, type PractitionerEvent } from './practitioner-event';

// "Send to report": notes become draft paragraphs at the end of a section, or block quotes when
// they are the child's or family's own words. Each keeps a link back to its note (a noteSource
// node) so the reviewer can see where a finding came from; the link is not published.

export type SendForm = 'automatic' | 'paragraphs' | 'quotes';

export const noteSourceNodeType = 'noteSource' satisfies ReportNodeType;

/** "Practitioner learning event, 14/03/2022 10:42, Health visitor": roles only, never names. */
export function noteSourceLabel(event: Pick<PractitionerEvent, 'type' | 'date'>, note: Pick<EventNote, 'at'>, attendee: Pick<Attendee, 'role'> | null): string {
  const time = timeOfDay(note.at);
  const parts = [eventTypeLabels[event.type], `${formatShortUkDate(event.date)}${time ? ` ${time}` : ''}`];
  if (attendee) parts.push(attendee.role);
  return parts.join(', ');
}

/** A note's own words go in as a quote: tagged #voiceofchild or #family, or in quotation marks. */
export function isOwnWords(note: Pick<EventNote, 'tags' | 'text'>): boolean {
  return note.tags.some((tag) => ownWordsTags.includes(tag)) || /^["“'‘].*["”'’]$/s.test(note.text.trim());
}

export function noteBlocks(notes: readonly EventNote[], event: PractitionerEvent, form: SendForm): ReportNode[] {
  const attendees = new Map(event.attendees.map((attendee) => [attendee.id, attendee]));
  return notes.map((note) => {
    const source: ReportNode = {
      type: noteSourceNodeType,
      attrs: { noteId: note.id, eventId: event.id, label: noteSourceLabel(event, note, note.attendeeId ? (attendees.get(note.attendeeId) ?? null) : null) },
    };
    const paragraph: ReportNode = { type: 'paragraph', content: [...(note.text ? [{ type: 'text', text: `${note.text} ` }] : []), source] };
    const quote = form === 'quotes' || (form === 'automatic' && isOwnWords(note));
    return quote ? { type: 'blockquote', content: [paragraph] } : paragraph;
  });
}

const isEmptyParagraph = (node: ReportNode) =>
  node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && (child.text ?? '').trim() === '');

/** The report with the blocks added at the end of a section (replacing a lone empty paragraph). */
export function appendToSection(doc: ReportDocument, sectionKey: string, blocks: readonly ReportNode[]): ReportDocument {
  if (!doc.content.some((section) => section.attrs.key === sectionKey)) throw new Error('That section is no longer in the report.');
  return {
    ...doc,
    content: doc.content.map((section) => {
      if (section.attrs.key !== sectionKey) return section;
      const kept = section.content.length === 1 && isEmptyParagraph(section.content[0]!) ? [] : section.content;
      // A trailing empty paragraph stays last, so the reviewer's next words follow the notes.
      const last = kept[kept.length - 1];
      const trailingEmpty = last && kept.length > 1 && isEmptyParagraph(last);
      return { ...section, content: trailingEmpty ? [...kept.slice(0, -1), ...blocks, last] : [...kept, ...blocks] };
    }),
  };
}

/** The ids of notes the report links back to, for "in the report" marks on the notes. */
export function linkedNoteIds(doc: ReportNode): Set<string> {
  const ids = new Set<string>();
  const visit = (node: ReportNode) => {
    if (node.type === noteSourceNodeType && typeof node.attrs?.noteId === 'string') ids.add(node.attrs.noteId);
    node.content?.forEach(visit);
  };
  visit(doc);
  return ids;
}
