// A practitioner learning event, a conversation with a practitioner or family member, or a panel
// meeting: who took part (by role and agency), what the reviewer means to cover, and the notes
// taken there. Attendees are recorded by role; a name, where given, goes into the case's
// identifier register so it is caught before publication.

export const eventTypes = ['learning-event', 'practitioner-conversation', 'family-conversation', 'panel-meeting'] as const;
export type EventType = (typeof eventTypes)[number];

export const eventTypeLabels: Record<EventType, string> = {
  'learning-event': 'Practitioner learning event',
  'practitioner-conversation': 'Practitioner conversation',
  'family-conversation': 'Family conversation',
  'panel-meeting': 'Panel meeting',
};

export interface Attendee {
  id: string;
  /** "Health visitor", "Mother", "Designated safeguarding lead". */
  role: string;
  /** "Health visiting service"; empty for family members. */
  agency: string;
  /** Optional; never shown in notes, and added to the identifier register. */
  name: string;
  /** What the reviewer types after @ to attribute a note ("HV"); unique within the event. */
  shortcut: string;
}

export interface AgendaItem {
  id: string;
  text: string;
  done: boolean;
}

export interface PractitionerEvent {
  id: string;
  caseId: string;
  type: EventType;
  /** ISO date. */
  date: string;
  /** Generic, never an address: "a community venue", "online". */
  place: string;
  attendees: Attendee[];
  /** The agenda and the questions to explore, in order. */
  agenda: AgendaItem[];
  createdAt: string;
  updatedAt: string;
}

export interface EventNote {
  id: string;
  caseId: string;
  eventId: string;
  /** Position in the event, in the order the notes were taken. */
  order: number;
  /** Local time (see local-timestamp): when the reviewer started typing the note. */
  at: string;
  text: string;
  /** The attendee (role) the note is attributed to, if any. */
  attendeeId: string | null;
  /** Lower-case, without the #. */
  tags: string[];
  themeId: string | null;
  /** Set when the note was sent to the report: the section it went into. */
  sentTo: { sectionKey: string; sectionTitle: string; at: string } | null;
}

/** A theme notes are grouped into, across the case's events ("Information sharing"). */
export interface NoteTheme {
  id: string;
  caseId: string;
  name: string;
}

/** The note being typed, saved keystroke by keystroke so nothing is lost before Enter. */
export interface NoteDraft {
  eventId: string;
  caseId: string;
  text: string;
  startedAt: string;
}

/** "Health visitor — health visiting service", or the role alone for family members. */
export function attendeeLabel(attendee: Pick<Attendee, 'role' | 'agency'>): string {
  return attendee.agency.trim() === '' ? attendee.role : `${attendee.role} — ${attendee.agency}`;
}
