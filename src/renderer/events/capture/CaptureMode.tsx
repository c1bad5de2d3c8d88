import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { tagsInUse } from '../../../core/events/filter-notes';
import type { PractitionerEvent } from '../../../core/events/practitioner-event';
import { useDatabase } from '../../data/database-context';
import { AgendaChecklist } from '../AgendaChecklist';
import { listCaseNotes, listNotes } from '../../data/event-repository';
import { eventTitle } from '../event-title';
import { NoteInput } from './NoteInput';
import { NoteLog } from './NoteLog';

// Full-screen, keyboard-first note taking: the notes so far, the capture line, and the agenda
// beside them. Escape (or "Finish") leaves. The whole window is used; where the platform allows,
// the screen too.
export function CaptureMode({ event, onLeave }: { event: PractitionerEvent; onLeave: () => void }) {
  const { db, readOnlyReason } = useDatabase();
  const titleId = useId();
  const notes = useLiveQuery(() => listNotes(db, event.id), [db, event.id]);
  // Tags invented at the case's other events, read once when capture opens (not at every note),
  // and this event's own tags, from the notes already shown.
  const [otherTags, setOtherTags] = useState<readonly string[]>([]);
  useEffect(() => {
    let cancelled = false;
    void listCaseNotes(db, event.caseId).then((all) => !cancelled && setOtherTags(tagsInUse(all).map((item) => item.tag)));
    return () => {
      cancelled = true;
    };
  }, [db, event.caseId]);
  const knownTags = useMemo(() => [...new Set([...tagsInUse(notes ?? []).map((item) => item.tag), ...otherTags])], [notes, otherTags]);
  const [status, setStatus] = useState('');
  const rootRef = useRef<HTMLDialogElement>(null);

  // A modal <dialog>: the rest of the app is out of reach (and of the tab order) while notes are taken.
  useEffect(() => {
    const dialog = rootRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Straight into typing: the capture line, not the first button, has the focus.
    dialog?.querySelector<HTMLTextAreaElement>('textarea')?.focus();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    const entered = root.requestFullscreen
      ? root.requestFullscreen().then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
    return () => {
      void entered.then((isFull) => {
        if (isFull && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      });
    };
  }, []);

  return (
    <dialog
      className="capture"
      aria-labelledby={titleId}
      ref={rootRef}
      onCancel={(cancel) => {
        cancel.preventDefault();
        onLeave();
      }}
    >
      <header className="capture-header">
        <h1 id={titleId}>Taking notes: {eventTitle(event)}</h1>
        <p className="capture-status" role="status">
          {status}
        </p>
        <button type="button" onClick={onLeave}>
          Finish (Esc)
        </button>
      </header>
      <div className="capture-body">
        <div className="capture-notes">
          {notes && <NoteLog notes={notes} attendees={event.attendees} />}
          {readOnlyReason ? (
            <p className="error">{readOnlyReason}</p>
          ) : (
            <NoteInput event={event} knownTags={knownTags} onAdded={(count) => setStatus(`Note ${count} saved`)} onLeave={onLeave} />
          )}
        </div>
        <aside className="capture-agenda" aria-label="Agenda and questions">
          <h2>Agenda and questions</h2>
          <AgendaChecklist event={event} readOnly={Boolean(readOnlyReason)} />
          {event.attendees.length > 0 && (
            <>
              <h2>Who is here</h2>
              <ul className="capture-attendees">
                {event.attendees.map((attendee) => (
                  <li key={attendee.id}>
                    <kbd>@{attendee.shortcut}</kbd> {attendee.role}
                    {attendee.agency && <span className="hint"> — {attendee.agency}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </dialog>
  );
}
