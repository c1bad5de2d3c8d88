import type { ChronologyEntry } from '../chronology/chronology-entry';
import { formatShortUkDate } from '../dates/format-uk-date';
import { eventTypeLabels, type EventNote, type PractitionerEvent } from '../events/practitioner-event';
import type { Recommendation } from '../report/recommendation';
import type { TitlePage } from '../report/title-page';

// The case's texts outside the report body, each with where it lives so a finding in it can be
// shown and fixed there: those exported with the report, and the practitioner events' notes,
// which are never published but are checked so a name typed in the room does not travel into the
// report (or an exported set of notes) unnoticed. Attendees' names are not scanned: they are
// register entries themselves.

export type CaseTextPlace =
  | { kind: 'title-page'; field: 'reviewName' | 'partnership' | 'versionLabel' }
  | { kind: 'recommendation'; id: string; field: 'text' | 'answers' }
  | { kind: 'chronology'; id: string; field: 'text' | 'outcome' | 'analysis' | 'source' | 'role' }
  | { kind: 'event'; id: string; field: 'place' }
  | { kind: 'event-agenda'; id: string; itemId: string }
  | { kind: 'event-note'; id: string };

/** A case's events and their notes, from the database or a case file (which has no caseId). */
export interface CaseEventTexts {
  events: readonly Pick<PractitionerEvent, 'id' | 'type' | 'date' | 'place' | 'agenda' | 'createdAt'>[];
  notes: readonly Pick<EventNote, 'id' | 'eventId' | 'order' | 'text'>[];
}

export interface CaseText {
  /** Where, for the reviewer: "Title page, partnership", "Recommendation 2", "Chronology: Police, 2021-03-12, what happened", "Practitioner learning event 14/03/2024, note 3". */
  label: string;
  place: CaseTextPlace;
  text: string;
}

const entryFields = [
  ['text', 'what happened'],
  ['outcome', 'outcome'],
  ['analysis', 'analysis'],
  ['source', 'source'],
  ['role', 'role'],
] as const;

// A malformed date still names the event rather than hiding its notes from the check.
function shortDate(iso: string): string {
  try {
    return formatShortUkDate(iso);
  } catch {
    return iso;
  }
}

/** Each event in date order (then as created), its place, agenda and notes in the order taken. */
function eventTexts({ events, notes }: CaseEventTexts): CaseText[] {
  const texts: CaseText[] = [];
  const byEvent = new Map<string, CaseEventTexts['notes'][number][]>();
  for (const note of notes) byEvent.set(note.eventId, [...(byEvent.get(note.eventId) ?? []), note]);
  const ordered = [...events].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const event of ordered) {
    const name = `${eventTypeLabels[event.type] ?? 'Event'} ${shortDate(event.date)}`;
    texts.push({ label: `${name}, place`, place: { kind: 'event', id: event.id, field: 'place' }, text: event.place });
    event.agenda.forEach((item, index) => texts.push({ label: `${name}, agenda item ${index + 1}`, place: { kind: 'event-agenda', id: event.id, itemId: item.id }, text: item.text }));
    [...(byEvent.get(event.id) ?? [])]
      .sort((a, b) => a.order - b.order)
      .forEach((note, index) => texts.push({ label: `${name}, note ${index + 1}`, place: { kind: 'event-note', id: note.id }, text: note.text }));
    byEvent.delete(event.id);
  }
  // Notes whose event has gone are still checked, so nothing typed escapes the check.
  [...byEvent.values()].flat().forEach((note, index) => texts.push({ label: `Note ${index + 1} of a removed event`, place: { kind: 'event-note', id: note.id }, text: note.text }));
  return texts;
}

export function caseTexts(titlePage: TitlePage | null, recommendations: readonly Recommendation[], entries: readonly ChronologyEntry[], events?: CaseEventTexts): CaseText[] {
  const texts: CaseText[] = [];
  if (titlePage) {
    texts.push({ label: 'Title page, review name', place: { kind: 'title-page', field: 'reviewName' }, text: titlePage.reviewName });
    texts.push({ label: 'Title page, partnership', place: { kind: 'title-page', field: 'partnership' }, text: titlePage.partnership });
    texts.push({ label: 'Title page, version', place: { kind: 'title-page', field: 'versionLabel' }, text: titlePage.versionLabel });
  }
  [...recommendations]
    .sort((a, b) => a.order - b.order)
    .forEach((recommendation, index) => {
      texts.push({ label: `Recommendation ${index + 1}`, place: { kind: 'recommendation', id: recommendation.id, field: 'text' }, text: recommendation.text });
      if (recommendation.answers) texts.push({ label: `Recommendation ${index + 1}, answers`, place: { kind: 'recommendation', id: recommendation.id, field: 'answers' }, text: recommendation.answers });
    });
  for (const entry of entries) {
    for (const [field, name] of entryFields) {
      if (entry[field].trim() !== '') texts.push({ label: `Chronology: ${entry.agency}, ${entry.date}, ${name}`, place: { kind: 'chronology', id: entry.id, field }, text: entry[field] });
    }
  }
  if (events) texts.push(...eventTexts(events));
  return texts.filter((item) => item.text.trim() !== '');
}
