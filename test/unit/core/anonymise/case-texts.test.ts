import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnonymisationChecker } from '../../../../src/core/anonymise/anonymisation-checker';
import { caseTexts } from '../../../../src/core/anonymise/case-texts';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { composeActionPlan } from '../../../../src/core/export/compose-action-plan';
import { composeReport } from '../../../../src/core/export/compose-report';
import { publishedSpans } from '../../../../src/core/export/published-texts';
import { sampleCase } from '../../support/sample-case';
import type { EventNote, PractitionerEvent } from '../../../../src/core/events/practitioner-event';

const event = (id: string, type: PractitionerEvent['type'], date: string, place: string, createdAt = '2024-01-01T09:00:00.000Z'): PractitionerEvent => ({
  id,
  caseId: 'case-1',
  type,
  date,
  place,
  attendees: [{ id: `${id}-hv`, role: 'Health visitor', agency: 'Health visiting service', name: 'Anita Rowe', shortcut: 'HV' }],
  agenda: [
    { id: `${id}-a1`, text: 'What was known about his weight?', done: true },
    { id: `${id}-a2`, text: '', done: false },
    { id: `${id}-a3`, text: 'How was information shared?', done: false },
  ],
  createdAt,
  updatedAt: createdAt,
});

const note = (id: string, eventId: string, order: number, text: string): EventNote => ({
  id,
  caseId: 'case-1',
  eventId,
  order,
  at: '2024-03-14T10:02:00',
  text,
  attendeeId: null,
  tags: [],
  themeId: null,
  sentTo: null,
});

describe('the case texts the checker reads', () => {
  it('are only the exported texts when no events are given', () => {
    expect(caseTexts({ titlePage: null })).toEqual([]);
    expect(caseTexts({ titlePage: null, events: { events: [], notes: [] } })).toEqual([]);
  });

  it('include each event’s place, agenda and notes, events by date and notes in the order taken', () => {
    const events = [event('later', 'panel-meeting', '2024-05-02', 'online'), event('first', 'learning-event', '2024-03-14', 'A community venue')];
    // Stored out of order: positions come from `order`, not from where they are in the list.
    const notes = [
      note('n3', 'first', 7, 'Supervision notes did not record the concern.'),
      note('n1', 'first', 0, 'Growth checks were missed.'),
      note('n2', 'first', 3, '   '),
      note('p1', 'later', 0, 'Panel agreed the terms.'),
    ];
    const texts = caseTexts({ titlePage: null, events: { events, notes } });
    expect(texts.map((text) => [text.label, text.place, text.text])).toEqual([
      ['Practitioner learning event 14/03/2024, place', { kind: 'event', id: 'first', field: 'place' }, 'A community venue'],
      ['Practitioner learning event 14/03/2024, agenda item 1', { kind: 'event-agenda', id: 'first', itemId: 'first-a1' }, 'What was known about his weight?'],
      ['Practitioner learning event 14/03/2024, agenda item 3', { kind: 'event-agenda', id: 'first', itemId: 'first-a3' }, 'How was information shared?'],
      ['Practitioner learning event 14/03/2024, note 1', { kind: 'event-note', id: 'n1' }, 'Growth checks were missed.'],
      ['Practitioner learning event 14/03/2024, note 3', { kind: 'event-note', id: 'n3' }, 'Supervision notes did not record the concern.'],
      ['Panel meeting 02/05/2024, place', { kind: 'event', id: 'later', field: 'place' }, 'online'],
      ['Panel meeting 02/05/2024, agenda item 1', { kind: 'event-agenda', id: 'later', itemId: 'later-a1' }, 'What was known about his weight?'],
      ['Panel meeting 02/05/2024, agenda item 3', { kind: 'event-agenda', id: 'later', itemId: 'later-a3' }, 'How was information shared?'],
      ['Panel meeting 02/05/2024, note 1', { kind: 'event-note', id: 'p1' }, 'Panel agreed the terms.'],
    ]);
  });

  it('never include attendees’ names, which are register entries themselves', () => {
    const texts = caseTexts({ titlePage: null, events: { events: [event('e', 'family-conversation', '2024-03-14', 'at home')], notes: [] } });
    expect(texts.some((text) => text.text.includes('Anita Rowe'))).toBe(false);
  });

  it('order events on the same day as they were created, and still check notes whose event has gone', () => {
    const events = [
      event('b', 'practitioner-conversation', '2024-03-14', 'online', '2024-02-02T09:00:00.000Z'),
      event('a', 'family-conversation', '2024-03-14', 'at home', '2024-02-01T09:00:00.000Z'),
    ];
    const texts = caseTexts({ titlePage: null, events: { events, notes: [note('x', 'removed', 0, 'Seen with Kerry Barker.')] } });
    expect(texts.filter((text) => text.place.kind === 'event').map((text) => text.label)).toEqual([
      'Family conversation 14/03/2024, place',
      'Practitioner conversation 14/03/2024, place',
    ]);
    expect(texts.at(-1)).toEqual({ label: 'Note 1 of a removed event', place: { kind: 'event-note', id: 'x' }, text: 'Seen with Kerry Barker.' });
  });

  it('accept a case file’s events and notes, and find a registered name typed in a note', () => {
    const read = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('; '));
    const file = read.file;
    const texts = caseTexts({ titlePage: file.report?.titlePage ?? null, events: file.events });
    const checker = new AnonymisationChecker({ identifiers: file.anonymisation.identifiers, allow: file.anonymisation.allowed.map((item) => item.phrase) });
    const found = texts.flatMap((text) => checker.check(text.text).map((finding) => `${text.label}: ${finding.text}`));
    // "Leo" in the agenda is the child's pseudonym, the register's replacement: not a finding.
    expect(found).toEqual(['Practitioner learning event 14/03/2024, note 2: Lewy']);
  });

  it('cover every field the publication check reads outside the report body, so every refusal can be fixed on the Identifiers screen', () => {
    const file = sampleCase();
    const texts = new Set(
      caseTexts({
        titlePage: file.report!.titlePage,
        agencies: file.agencies,
        recommendations: file.recommendations,
        entries: file.chronology.entries,
        episodes: file.chronology.episodes,
      }).map((item) => item.text),
    );
    const spans = [
      ...publishedSpans(composeReport(file, { kind: 'publication', appendices: ['chronology', 'glossary'], recommendationsByAgency: true })),
      ...publishedSpans(composeActionPlan(file, 'csv')),
    ];
    // A field path ("agencies[1].name") read from the case file itself.
    const valueAt = (path: string): unknown =>
      path
        .split(/\.|\[(\d+)\]/)
        .filter(Boolean)
        .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], file);
    const fields = new Set(spans.flatMap((span) => span.origin.fields).filter((path) => !path.startsWith('report.content')));
    expect(fields.size).toBeGreaterThan(30);
    const textFields = [...fields].filter((path) => !/(date|time|targetDate)$/i.test(path));
    const missing = textFields.filter((path) => typeof valueAt(path) === 'string' && String(valueAt(path)).trim() !== '' && !texts.has(String(valueAt(path))));
    expect(missing).toEqual([]);
  });
});
