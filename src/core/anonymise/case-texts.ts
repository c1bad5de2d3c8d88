import type { ChronologyEntry } from '../chronology/chronology-entry';
import type { KeyPracticeEpisode } from '../chronology/key-practice-episode';
import { formatShortUkDate } from '../dates/format-uk-date';
import { eventTypeLabels, type EventNote, type PractitionerEvent } from '../events/practitioner-event';
import type { Agency, Recommendation } from '../report/recommendation';
import type { TitlePage } from '../report/title-page';

// The case's texts outside the report body, each with where it lives so a finding in it can be
// shown and fixed there: every one the publication check reads outside the body (title page,
// reviewers, agencies, recommendations, chronology entries and episode titles; a test holds this
// list against the composed documents), and the practitioner events' notes,
// which are never published but are checked so a name typed in the room does not travel into the
// report (or an exported set of notes) unnoticed. Attendees' names are not scanned: they are
// register entries themselves.

export type CaseTextPlace =
  | { kind: 'title-page'; field: 'reviewName' | 'partnership' | 'versionLabel' | 'protectiveMarking' }
  | { kind: 'reviewer'; index: number }
  | { kind: 'agency'; id: string }
  | { kind: 'recommendation'; id: string; field: 'text' | 'answers' }
  | { kind: 'chronology'; id: string; field: ChronologyTextField }
  | { kind: 'episode'; id: string }
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

export type ChronologyTextField = 'agency' | 'text' | 'outcome' | 'analysis' | 'source' | 'role';

export const chronologyTextFields: readonly (readonly [ChronologyTextField, string])[] = [
  ['agency', 'agency'],
  ['text', 'what happened'],
  ['outcome', 'outcome'],
  ['analysis', 'analysis'],
  ['source', 'source'],
  ['role', 'role'],
];

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
  const ordered = [...events].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  for (const event of ordered) {
    const name = `${eventTypeLabels[event.type] ?? 'Event'} ${shortDate(event.date)}`;
    texts.push({ label: `${name}, place`, place: { kind: 'event', id: event.id, field: 'place' }, text: event.place });
    event.agenda.forEach((item, index) =>
      texts.push({ label: `${name}, agenda item ${index + 1}`, place: { kind: 'event-agenda', id: event.id, itemId: item.id }, text: item.text }),
    );
    [...(byEvent.get(event.id) ?? [])]
      .sort((a, b) => a.order - b.order)
      .forEach((note, index) => texts.push({ label: `${name}, note ${index + 1}`, place: { kind: 'event-note', id: note.id }, text: note.text }));
    byEvent.delete(event.id);
  }
  // Notes whose event has gone are still checked, so nothing typed escapes the check.
  [...byEvent.values()]
    .flat()
    .forEach((note, index) => texts.push({ label: `Note ${index + 1} of a removed event`, place: { kind: 'event-note', id: note.id }, text: note.text }));
  return texts;
}

/** What a case holds outside its report body: from the database, or a case file (whose rows have no caseId). */
export interface CaseTextSources {
  titlePage: Pick<TitlePage, 'reviewName' | 'partnership' | 'versionLabel' | 'protectiveMarking' | 'reviewers'> | null;
  agencies?: readonly Pick<Agency, 'id' | 'name'>[];
  recommendations?: readonly Pick<Recommendation, 'id' | 'order' | 'text' | 'answers'>[];
  entries?: readonly Pick<ChronologyEntry, 'id' | 'agency' | 'date' | ChronologyTextField>[];
  episodes?: readonly Pick<KeyPracticeEpisode, 'id' | 'title'>[];
  events?: CaseEventTexts;
}

export function caseTexts({ titlePage, agencies = [], recommendations = [], entries = [], episodes = [], events }: CaseTextSources): CaseText[] {
  const texts: CaseText[] = [];
  if (titlePage) {
    texts.push({ label: 'Title page, review name', place: { kind: 'title-page', field: 'reviewName' }, text: titlePage.reviewName });
    texts.push({ label: 'Title page, partnership', place: { kind: 'title-page', field: 'partnership' }, text: titlePage.partnership });
    titlePage.reviewers.forEach((reviewer, index) =>
      texts.push({ label: `Title page, reviewer ${index + 1}`, place: { kind: 'reviewer', index }, text: reviewer }),
    );
    texts.push({ label: 'Title page, version', place: { kind: 'title-page', field: 'versionLabel' }, text: titlePage.versionLabel });
    texts.push({ label: 'Title page, protective marking', place: { kind: 'title-page', field: 'protectiveMarking' }, text: titlePage.protectiveMarking });
  }
  for (const agency of agencies) texts.push({ label: `Agency “${agency.name.slice(0, 40)}”`, place: { kind: 'agency', id: agency.id }, text: agency.name });
  [...recommendations]
    .sort((a, b) => a.order - b.order)
    .forEach((recommendation, index) => {
      texts.push({ label: `Recommendation ${index + 1}`, place: { kind: 'recommendation', id: recommendation.id, field: 'text' }, text: recommendation.text });
      if (recommendation.answers)
        texts.push({
          label: `Recommendation ${index + 1}, answers`,
          place: { kind: 'recommendation', id: recommendation.id, field: 'answers' },
          text: recommendation.answers,
        });
    });
  for (const entry of entries) {
    for (const [field, name] of chronologyTextFields) {
      if (entry[field].trim() !== '')
        texts.push({ label: `Chronology: ${entry.agency}, ${entry.date}, ${name}`, place: { kind: 'chronology', id: entry.id, field }, text: entry[field] });
    }
  }
  episodes.forEach((episode, index) =>
    texts.push({ label: `Key practice episode ${index + 1}, title`, place: { kind: 'episode', id: episode.id }, text: episode.title }),
  );
  if (events) texts.push(...eventTexts(events));
  return texts.filter((item) => item.text.trim() !== '');
}
