import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import type { Attendee, EventNote } from '../../../core/events/practitioner-event';
import { NoteView } from '../NoteView';

// The notes taken so far, newest at the bottom beside the capture line. Virtual: an event of
// thousands of notes renders only the rows in view.
export const NoteLog = memo(function NoteLog({ notes, attendees }: { notes: readonly EventNote[]; attendees: readonly Attendee[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const byId = new Map(attendees.map((attendee) => [attendee.id, attendee]));
  const virtualizer = useVirtualizer({ count: notes.length, getScrollElement: () => scrollRef.current, estimateSize: () => 48, overscan: 8 });
  useEffect(() => {
    if (notes.length > 0) virtualizer.scrollToIndex(notes.length - 1, { align: 'end' });
  }, [notes.length, virtualizer]);
  return (
    <div className="note-log" ref={scrollRef} role="log" aria-label="Notes taken" tabIndex={0}>
      {notes.length === 0 && <p className="empty">No notes yet: start typing below.</p>}
      <ol className="virtual-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const note = notes[row.index]!;
          return (
            <li key={note.id} className="note-row" data-index={row.index} ref={virtualizer.measureElement} style={{ transform: `translateY(${row.start}px)` }}>
              <NoteView note={note} attendee={note.attendeeId ? (byId.get(note.attendeeId) ?? null) : null} number={row.index + 1} />
            </li>
          );
        })}
      </ol>
    </div>
  );
});
