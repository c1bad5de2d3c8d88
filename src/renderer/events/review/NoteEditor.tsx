import { useState } from 'react';
import { noteAsInput, parseNoteInput } from '../../../core/events/parse-note-input';
import type { Attendee, EventNote } from '../../../core/events/practitioner-event';

// Editing a note as it was typed ("@HV text #tag"): Enter saves, Escape leaves it as it was.
export function NoteEditor({
  note,
  number,
  attendees,
  onSave,
  onCancel,
}: {
  note: EventNote;
  number: number;
  attendees: readonly Attendee[];
  onSave: (parsed: ReturnType<typeof parseNoteInput>) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(() => noteAsInput(note, attendees));
  const parsed = parseNoteInput(value, attendees);
  return (
    <div className="note-editor">
      <textarea
        aria-label={`Edit note ${number}`}
        autoFocus
        rows={2}
        lang="en-GB"
        value={value}
        onChange={(change) => setValue(change.target.value)}
        onKeyDown={(key) => {
          if (key.key === 'Enter' && !key.shiftKey) {
            key.preventDefault();
            if (parsed.text !== '' || parsed.tags.length > 0) onSave(parsed);
          } else if (key.key === 'Escape') {
            key.preventDefault();
            key.stopPropagation();
            onCancel();
          }
        }}
      />
      {parsed.unknownRole && <p className="hint warning">No attendee has the shortcut @{parsed.unknownRole}.</p>}
      <p className="hint">Enter saves; Escape cancels.</p>
    </div>
  );
}
