import type { Attendee, EventNote } from './practitioner-event';

// Reviewing an event's notes: by tag, role, agency, theme and text, all at once.

export interface NoteFilter {
  text: string;
  /** Every tag listed must be on the note. */
  tags: string[];
  attendeeId: string | null;
  agency: string | null;
  /** A theme id, 'none' for notes in no theme, or null for any. */
  themeId: string | null;
}

export const emptyNoteFilter: NoteFilter = { text: '', tags: [], attendeeId: null, agency: null, themeId: null };

export function isNoteFilterEmpty(filter: NoteFilter): boolean {
  return filter.text.trim() === '' && filter.tags.length === 0 && filter.attendeeId === null && filter.agency === null && filter.themeId === null;
}

export function filterNotes<T extends EventNote>(notes: readonly T[], attendees: readonly Attendee[], filter: NoteFilter): T[] {
  const words = filter.text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  const agencyOf = new Map(attendees.map((attendee) => [attendee.id, attendee.agency]));
  const roleOf = new Map(attendees.map((attendee) => [attendee.id, attendee.role.toLowerCase()]));
  return notes.filter((note) => {
    if (filter.attendeeId !== null && note.attendeeId !== filter.attendeeId) return false;
    if (filter.agency !== null && (note.attendeeId === null || agencyOf.get(note.attendeeId) !== filter.agency)) return false;
    if (filter.themeId === 'none' ? note.themeId !== null : filter.themeId !== null && note.themeId !== filter.themeId) return false;
    for (const tag of filter.tags) if (!note.tags.includes(tag)) return false;
    if (words.length > 0) {
      // The text, its tags and the speaker's role are all searched.
      const haystack =
        `${note.text} ${note.tags.map((tag) => `#${tag}`).join(' ')} ${note.attendeeId ? (roleOf.get(note.attendeeId) ?? '') : ''}`.toLowerCase();
      for (const word of words) if (!haystack.includes(word)) return false;
    }
    return true;
  });
}

/** Every tag used in the notes, most used first. */
export function tagsInUse(notes: readonly Pick<EventNote, 'tags'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
