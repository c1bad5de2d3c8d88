import { describe, expect, it } from 'vitest';
import { emptyNoteFilter, filterNotes, isNoteFilterEmpty, tagsInUse, type NoteFilter } from '../../../../src/core/events/filter-notes';
import type { Attendee, EventNote } from '../../../../src/core/events/practitioner-event';

const attendees: Attendee[] = [
  { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: '', shortcut: 'HV' },
  { id: 'sn', role: 'School nurse', agency: 'Health visiting service', name: '', shortcut: 'SN' },
  { id: 'sw', role: 'Social worker', agency: 'Children’s social care', name: '', shortcut: 'SW' },
  { id: 'mum', role: 'Mother', agency: '', name: '', shortcut: 'MUM' },
];

let order = 0;
const note = (id: string, text: string, extra: Partial<EventNote> = {}): EventNote => ({
  id,
  caseId: 'case-1',
  eventId: 'event-1',
  order: order++,
  at: '2024-03-14T10:00:00',
  text,
  attendeeId: null,
  tags: [],
  themeId: null,
  sentTo: null,
  ...extra,
});

const notes: EventNote[] = [
  note('n1', 'Growth checks were missed at two visits', { attendeeId: 'hv', tags: ['learning'], themeId: 'growth' }),
  note('n2', 'The referral was closed after one visit', { attendeeId: 'sw', tags: ['question', 'systemic'], themeId: 'sharing' }),
  note('n3', 'Nobody asked him what home was like', { attendeeId: 'mum', tags: ['voiceofchild', 'learning'] }),
  note('n4', 'School and health did not share the weight chart', { attendeeId: 'sn', tags: ['systemic', 'learning'], themeId: 'sharing' }),
  note('n5', 'Panel agreed to ask the GP practice', { tags: ['action'] }),
];

const ids = (filter: Partial<NoteFilter>) => filterNotes(notes, attendees, { ...emptyNoteFilter, ...filter }).map((item) => item.id);

describe('filtering an event’s notes', () => {
  it('returns every note, in order, for an empty filter', () => {
    expect(isNoteFilterEmpty(emptyNoteFilter)).toBe(true);
    expect(isNoteFilterEmpty({ ...emptyNoteFilter, text: '   ' })).toBe(true);
    expect(isNoteFilterEmpty({ ...emptyNoteFilter, themeId: 'none' })).toBe(false);
    expect(ids({})).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it('finds notes containing all the typed words, whatever their case', () => {
    expect(ids({ text: 'VISIT' })).toEqual(['n1', 'n2']);
    expect(ids({ text: '  visit   closed ' })).toEqual(['n2']);
    expect(ids({ text: 'visit weight' })).toEqual([]);
  });

  it('searches the tags and the speaker’s role as well as the text', () => {
    expect(ids({ text: '#systemic' })).toEqual(['n2', 'n4']);
    expect(ids({ text: 'voiceofchild' })).toEqual(['n3']);
    expect(ids({ text: 'social worker' })).toEqual(['n2']);
    expect(ids({ text: 'mother home' })).toEqual(['n3']);
  });

  it('keeps only notes carrying every chosen tag', () => {
    expect(ids({ tags: ['learning'] })).toEqual(['n1', 'n3', 'n4']);
    expect(ids({ tags: ['learning', 'systemic'] })).toEqual(['n4']);
    expect(ids({ tags: ['learning', 'action'] })).toEqual([]);
  });

  it('filters by who spoke, and by their agency', () => {
    expect(ids({ attendeeId: 'sw' })).toEqual(['n2']);
    expect(ids({ agency: 'Health visiting service' })).toEqual(['n1', 'n4']);
    expect(ids({ agency: 'Police' })).toEqual([]);
  });

  it('filters by theme, or notes in no theme', () => {
    expect(ids({ themeId: 'sharing' })).toEqual(['n2', 'n4']);
    expect(ids({ themeId: 'growth' })).toEqual(['n1']);
    expect(ids({ themeId: 'none' })).toEqual(['n3', 'n5']);
  });

  it('applies every filter at once', () => {
    expect(ids({ agency: 'Health visiting service', tags: ['systemic'] })).toEqual(['n4']);
    expect(ids({ themeId: 'sharing', text: 'visit' })).toEqual(['n2']);
    expect(ids({ themeId: 'none', tags: ['learning'], attendeeId: 'mum', text: 'home' })).toEqual(['n3']);
    expect(ids({ themeId: 'none', attendeeId: 'hv' })).toEqual([]);
  });

  it('finds the right notes among 2,000', () => {
    const many = Array.from({ length: 2000 }, (_, index) =>
      note(`m${index}`, `Note ${index} about ${index % 4 === 0 ? 'housing' : 'school'}`, {
        attendeeId: index % 2 === 0 ? 'hv' : 'sw',
        tags: index % 5 === 0 ? ['learning'] : [],
        themeId: index % 3 === 0 ? 'growth' : null,
      }),
    );
    // housing: multiples of 4 (500); also #learning: multiples of 20 (100); also in theme growth: multiples of 60 (34, 0 to 1980).
    const found = filterNotes(many, attendees, { ...emptyNoteFilter, text: 'housing', tags: ['learning'], themeId: 'growth' });
    expect(found).toHaveLength(34);
    expect(found.every((item, index) => item.id === `m${index * 60}`)).toBe(true);
    expect(filterNotes(many, attendees, { ...emptyNoteFilter, agency: 'Children’s social care' })).toHaveLength(1000);
  });
});

describe('the tags in use', () => {
  it('counts each tag, most used first, then alphabetically', () => {
    expect(tagsInUse(notes)).toEqual([
      { tag: 'learning', count: 3 },
      { tag: 'systemic', count: 2 },
      { tag: 'action', count: 1 },
      { tag: 'question', count: 1 },
      { tag: 'voiceofchild', count: 1 },
    ]);
    expect(tagsInUse([])).toEqual([]);
  });
});
