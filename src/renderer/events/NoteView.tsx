import { memo } from 'react';
import { timeOfDay } from '../../core/events/local-timestamp';
import { tagLabel } from '../../core/events/note-tags';
import { attendeeLabel, type Attendee, type EventNote } from '../../core/events/practitioner-event';

// One note as read back: time, who said it (by role), the words, the tags.
export const NoteView = memo(function NoteView({ note, attendee, number }: { note: EventNote; attendee: Attendee | null; number: number }) {
  return (
    <>
      <span className="note-number">{number}.</span> <span className="note-time">{timeOfDay(note.at)}</span>{' '}
      {attendee && <strong className="note-role">{attendeeLabel(attendee)}:</strong>} <span className="note-text">{note.text}</span>
      {note.tags.length > 0 && (
        <span className="note-tags">
          {note.tags.map((tag) => (
            <span key={tag} className="note-tag">
              {tagLabel(tag)}
            </span>
          ))}
        </span>
      )}
    </>
  );
});
