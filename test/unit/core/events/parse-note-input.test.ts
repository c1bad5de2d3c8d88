import { describe, expect, it } from 'vitest';
import { noteAsInput, parseNoteInput, tokenAtCaret } from '../../../../src/core/events/parse-note-input';
import type { Attendee } from '../../../../src/core/events/practitioner-event';
import { matchingAttendees, shortcutProblems, suggestShortcut } from '../../../../src/core/events/role-shortcuts';

const attendee = (id: string, role: string, shortcut: string, agency = ''): Attendee => ({ id, role, agency, name: '', shortcut });

const hv = attendee('hv', 'Health visitor', 'HV', 'Health visiting service');
const sw = attendee('sw', 'Social worker', 'SW', 'Children’s social care');
const sn = attendee('sn', 'School nurse', 'SN', 'School nursing');
const mum = attendee('mum', 'Mother', 'MUM');
const attendees = [hv, sw, sn, mum];

describe('attributing a note with @role', () => {
  it('attributes @HV to the attendee with that shortcut and takes it out of the text', () => {
    expect(parseNoteInput('@HV the family moved twice that year', attendees)).toEqual({
      text: 'the family moved twice that year',
      attendeeId: 'hv',
      tags: [],
      unknownRole: null,
    });
  });

  it('matches the shortcut whatever its case, and wherever it is typed', () => {
    expect(parseNoteInput('@hv growth checks were missed', attendees)).toMatchObject({ attendeeId: 'hv', text: 'growth checks were missed' });
    expect(parseNoteInput('Growth checks were missed @Sw', attendees)).toMatchObject({ attendeeId: 'sw', text: 'Growth checks were missed' });
    expect(parseNoteInput('Growth checks, said @MUM were missed', attendees)).toMatchObject({ attendeeId: 'mum', text: 'Growth checks, said were missed' });
  });

  it('accepts a prefix of a shortcut or a role when only one attendee fits', () => {
    expect(parseNoteInput('@heal did not know of the move', attendees)).toMatchObject({
      attendeeId: 'hv',
      text: 'did not know of the move',
      unknownRole: null,
    });
    expect(parseNoteInput('@MU was not asked', attendees)).toMatchObject({ attendeeId: 'mum', text: 'was not asked' });
    expect(parseNoteInput('@school saw him weekly', attendees)).toMatchObject({ attendeeId: 'sn', text: 'saw him weekly' });
  });

  it('does not guess when a prefix fits more than one attendee', () => {
    // "S" starts both SW and SN (and Social worker and School nurse).
    const parsed = parseNoteInput('@S visited on Monday', attendees);
    expect(parsed.attendeeId).toBeNull();
    expect(parsed.unknownRole).toBe('S');
    expect(parsed.text).toBe('@S visited on Monday');
  });

  it('prefers an exact shortcut over longer ones that start with it', () => {
    const hv2 = attendee('hv2', 'Health visitor', 'HV2');
    expect(parseNoteInput('@HV first contact', [hv2, hv])).toMatchObject({ attendeeId: 'hv', unknownRole: null });
    expect(parseNoteInput('@HV2 second contact', [hv2, hv])).toMatchObject({ attendeeId: 'hv2', text: 'second contact' });
  });

  it('leaves an unknown @XY in the text and reports it', () => {
    const parsed = parseNoteInput('@XY raised the concern', attendees);
    expect(parsed).toEqual({ text: '@XY raised the concern', attendeeId: null, tags: [], unknownRole: 'XY' });
  });

  it('does not take an email address for a role', () => {
    expect(parseNoteInput('Wrote to a@b.com about the referral', attendees)).toEqual({
      text: 'Wrote to a@b.com about the referral',
      attendeeId: null,
      tags: [],
      unknownRole: null,
    });
    expect(parseNoteInput('Wrote to hv@b.com, then @SW called', attendees)).toMatchObject({ attendeeId: 'sw', text: 'Wrote to hv@b.com, then called' });
  });

  it('leaves a note without @ unattributed', () => {
    expect(parseNoteInput('No one was asked', attendees)).toEqual({ text: 'No one was asked', attendeeId: null, tags: [], unknownRole: null });
    expect(parseNoteInput('@HV anything', [])).toMatchObject({ attendeeId: null, unknownRole: 'HV', text: '@HV anything' });
  });
});

describe('tagging a note with #tags', () => {
  it('takes tags out of the text, lower-cased, each once, in the order first typed', () => {
    expect(parseNoteInput('#learning the child was not seen alone #VoiceOfChild #learning', attendees)).toEqual({
      text: 'the child was not seen alone',
      attendeeId: null,
      tags: ['learning', 'voiceofchild'],
      unknownRole: null,
    });
  });

  it('keeps the reviewer’s own tags as well as the built-in ones', () => {
    expect(parseNoteInput('Moved twice #Housing #information-sharing #question', attendees).tags).toEqual(['housing', 'information-sharing', 'question']);
  });

  it('does not take a # inside a word for a tag', () => {
    expect(parseNoteInput('Case ref AB#12 was closed', attendees)).toMatchObject({ text: 'Case ref AB#12 was closed', tags: [] });
  });

  it('takes role and tags together and collapses the whitespace left behind', () => {
    expect(parseNoteInput('  @HV   the family\n moved  #learning   twice\t#housing  ', attendees)).toEqual({
      text: 'the family moved twice',
      attendeeId: 'hv',
      tags: ['learning', 'housing'],
      unknownRole: null,
    });
  });
});

describe('editing a note as it was typed', () => {
  it('writes a note back as @role text #tags, which parses to the same note', () => {
    const note = { text: 'Growth checks were missed', attendeeId: 'hv', tags: ['learning', 'housing'] };
    const input = noteAsInput(note, attendees);
    expect(input).toBe('@HV Growth checks were missed #learning #housing');
    expect(parseNoteInput(input, attendees)).toEqual({ ...note, unknownRole: null });
  });

  it('round-trips a note with no attendee or tags, and one whose attendee has gone', () => {
    const plain = { text: 'Nobody followed up', attendeeId: null, tags: [] };
    expect(noteAsInput(plain, attendees)).toBe('Nobody followed up');
    expect(parseNoteInput(noteAsInput(plain, attendees), attendees)).toEqual({ ...plain, unknownRole: null });
    expect(noteAsInput({ text: 'Said so', attendeeId: 'gone', tags: ['family'] }, attendees)).toBe('Said so #family');
  });
});

describe('the token being typed at the caret', () => {
  it('finds an @role or #tag being typed, with where it starts', () => {
    expect(tokenAtCaret('@he', 3)).toEqual({ kind: 'role', token: 'he', start: 0 });
    expect(tokenAtCaret('@HV said #lea', 13)).toEqual({ kind: 'tag', token: 'lea', start: 9 });
    expect(tokenAtCaret('said @', 6)).toEqual({ kind: 'role', token: '', start: 5 });
    // The caret inside the token: only what is before it counts.
    expect(tokenAtCaret('@HV said', 2)).toEqual({ kind: 'role', token: 'H', start: 0 });
  });

  it('is null in the middle of an ordinary word, after a space, or inside an email address', () => {
    expect(tokenAtCaret('said something', 4)).toBeNull();
    expect(tokenAtCaret('@HV said', 8)).toBeNull();
    expect(tokenAtCaret('@HV ', 4)).toBeNull();
    expect(tokenAtCaret('a@b', 3)).toBeNull();
    expect(tokenAtCaret('AB#12', 5)).toBeNull();
    expect(tokenAtCaret('', 0)).toBeNull();
  });
});

describe('suggesting shortcuts for attendees', () => {
  it('uses the sector’s abbreviations for well-known roles', () => {
    expect(suggestShortcut('Health visitor', [])).toBe('HV');
    expect(suggestShortcut('Social worker', [])).toBe('SW');
    expect(suggestShortcut('General practitioner', [])).toBe('GP');
    expect(suggestShortcut('GP', [])).toBe('GP');
    expect(suggestShortcut('Designated safeguarding lead', [])).toBe('DSL');
    expect(suggestShortcut('Family support worker', [])).toBe('FSW');
    expect(suggestShortcut('  health   VISITOR ', [])).toBe('HV');
  });

  it('uses initials for other roles, leaving out minor words, and a single word’s first three letters', () => {
    expect(suggestShortcut('Youth offending worker', [])).toBe('YOW');
    expect(suggestShortcut('Head of the year', [])).toBe('HY');
    expect(suggestShortcut('Grandmother', [])).toBe('GRA');
    expect(suggestShortcut('Au', [])).toBe('AU');
  });

  it('appends 2, 3 … when the shortcut is taken (whatever its case)', () => {
    expect(suggestShortcut('Social worker', [{ shortcut: 'sw' }])).toBe('SW2');
    expect(suggestShortcut('Social worker', [{ shortcut: 'SW' }, { shortcut: 'SW2' }])).toBe('SW3');
    expect(suggestShortcut('Youth offending worker', [{ shortcut: 'YOW' }, { shortcut: 'SW' }])).toBe('YOW2');
    expect(suggestShortcut('Social worker', [{ shortcut: 'SW2' }])).toBe('SW');
  });
});

describe('checking an event’s shortcuts', () => {
  it('finds nothing wrong with distinct shortcuts', () => {
    expect(shortcutProblems(attendees)).toEqual([]);
  });

  it('reports a shortcut shared by two attendees, whatever its case', () => {
    const problems = shortcutProblems([hv, attendee('hv-b', 'Health visitor (student)', 'hv')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Health visitor');
    expect(problems[0]).toContain('Health visitor (student)');
  });

  it('reports a shortcut with a space in it, or an empty one', () => {
    expect(shortcutProblems([attendee('a', 'Health visitor', 'H V')])).toEqual(['The shortcut for Health visitor must be letters or digits, with no spaces.']);
    expect(shortcutProblems([attendee('a', '', '')])).toHaveLength(1);
  });
});

describe('the attendees a partly typed @token could mean', () => {
  it('lists an exact shortcut first, then shortcuts and roles that start with the token', () => {
    const hv2 = attendee('hv2', 'Health visitor', 'HV2');
    const headteacher = attendee('ht', 'Headteacher', 'HT');
    expect(matchingAttendees('hv', [hv2, headteacher, hv]).map((item) => item.id)).toEqual(['hv', 'hv2']);
    expect(matchingAttendees('h', [hv2, headteacher, hv]).map((item) => item.id)).toEqual(['hv2', 'ht', 'hv']);
    expect(matchingAttendees('HEAD', [hv2, headteacher, hv]).map((item) => item.id)).toEqual(['ht']);
    expect(matchingAttendees('xy', attendees)).toEqual([]);
  });

  it('offers every attendee for a bare @', () => {
    expect(matchingAttendees('', attendees)).toHaveLength(attendees.length);
  });
});

describe('punctuation and several tokens', () => {
  it('takes the colon or comma after a role with it', () => {
    expect(parseNoteInput('@HV: the family moved', attendees)).toMatchObject({ attendeeId: 'hv', text: 'the family moved' });
    expect(parseNoteInput('@SW, we closed it too soon', attendees)).toMatchObject({ attendeeId: 'sw', text: 'we closed it too soon' });
  });

  it('attributes to the first @token that names an attendee, reporting an unknown one only when none does', () => {
    expect(parseNoteInput('@XY said @HV agreed', attendees)).toMatchObject({ attendeeId: 'hv', unknownRole: null, text: '@XY said agreed' });
    expect(parseNoteInput('@XY said @QQ agreed', attendees)).toMatchObject({ attendeeId: null, unknownRole: 'XY' });
  });

  it('does not take a number for a tag, and reads tags run together with commas', () => {
    expect(parseNoteInput('The #1 priority was housing', attendees)).toMatchObject({ tags: [], text: 'The #1 priority was housing' });
    expect(parseNoteInput('Shared too late #learning,#family', attendees)).toMatchObject({ tags: ['learning', 'family'], text: 'Shared too late' });
  });
});
