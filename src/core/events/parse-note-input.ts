import type { Attendee, EventNote } from './practitioner-event';
import { normaliseTag, noteTagPattern } from './note-tags';
import { matchingAttendees } from './role-shortcuts';

// A note as typed in capture mode: "@HV the family moved twice that year #learning". The @role
// and #tags come out of the text into the note's attribution and tags.

export interface ParsedNoteInput {
  text: string;
  attendeeId: string | null;
  tags: string[];
  /** An @token that names no attendee: it is left in the text and the reviewer told. */
  unknownRole: string | null;
}

// "@HV: text" and "@HV, text" read as "@HV text": the punctuation goes with the role.
const rolePattern = /(^|\s)@([\p{L}\p{N}_-]+)[:,]?/gu;

export function parseNoteInput(raw: string, attendees: readonly Attendee[]): ParsedNoteInput {
  let text = raw;
  let attendeeId: string | null = null;
  let unknownRole: string | null = null;
  // The first @token that names an attendee attributes the note; an unknown one is reported only
  // when none does.
  for (const role of text.matchAll(rolePattern)) {
    const token = role[2]!;
    // An exact shortcut, or a prefix only one attendee fits.
    const matches = matchingAttendees(token, attendees);
    const exact = matches[0] && matches[0].shortcut.toLowerCase() === token.toLowerCase() ? matches[0] : null;
    const chosen = exact ?? (matches.length === 1 ? matches[0]! : null);
    if (chosen) {
      attendeeId = chosen.id;
      unknownRole = null;
      text = text.slice(0, role.index) + role[1] + text.slice(role.index + role[0].length);
      break;
    }
    unknownRole ??= token;
  }
  const tags: string[] = [];
  text = text.replace(noteTagPattern, (_match, before: string, tag: string) => {
    const normalised = normaliseTag(tag);
    if (!tags.includes(normalised)) tags.push(normalised);
    return before;
  });
  // Commas left alone where tags were ("late #learning,#family") go too.
  const clean = text
    .replace(/(^|\s)[,;]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { text: clean, attendeeId, tags, unknownRole };
}

/** The note written back as the reviewer would type it, for editing: "@HV text #tag". */
export function noteAsInput(note: Pick<EventNote, 'text' | 'attendeeId' | 'tags'>, attendees: readonly Attendee[]): string {
  const attendee = attendees.find((candidate) => candidate.id === note.attendeeId);
  return [attendee ? `@${attendee.shortcut}` : '', note.text, ...note.tags.map((tag) => `#${tag}`)].filter((part) => part !== '').join(' ');
}

/** The @role or #tag being typed at the caret, for completion; null when the caret is elsewhere. */
export function tokenAtCaret(value: string, caret: number): { kind: 'role' | 'tag'; token: string; start: number } | null {
  const before = value.slice(0, caret);
  const match = /(^|\s)([@#])([\p{L}\p{N}_-]*)$/u.exec(before);
  if (!match) return null;
  const start = match.index + match[1]!.length;
  return { kind: match[2] === '@' ? 'role' : 'tag', token: match[3]!, start };
}
