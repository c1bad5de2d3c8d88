import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CaseRecord } from '../../core/cases/case-record';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { AgendaEditor } from './AgendaEditor';
import { AttendeesEditor } from './AttendeesEditor';
import { CaptureMode } from './capture/CaptureMode';
import { EventFormDialog } from './EventFormDialog';
import { deleteEvent, getEvent, updateEventDetails } from '../data/event-repository';
import { eventTitle } from './event-title';
import { ExportNotesDialog } from './ExportNotesDialog';
import { NotesReview } from './review/NotesReview';

type Dialog = 'edit' | 'delete' | 'export' | null;

// One event: its details, who took part, the agenda, and its notes; "Take notes" opens the
// full-screen capture.
export function EventScreen({ record, eventId }: { record: CaseRecord; eventId: string }) {
  const { db, readOnlyReason } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const announce = useUiStore((state) => state.announce);
  const event = useLiveQuery(async () => (await getEvent(db, eventId)) ?? null, [db, eventId]);
  const [capturing, setCapturing] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const readOnly = Boolean(readOnlyReason);
  const backToEvents = () => navigate({ name: 'case', caseId: record.id, part: 'events' });

  if (event === undefined) return <p className="loading">Opening the event…</p>;
  // While notes are taken the page behind is not rendered: each note added would re-render it.
  if (capturing && event && event.caseId === record.id) return <CaptureMode event={event} onLeave={() => setCapturing(false)} />;
  if (event === null || event.caseId !== record.id) {
    return (
      <section>
        <h1>Event not found</h1>
        <p>This event is not in the case: it may have been deleted.</p>
        <button type="button" onClick={backToEvents}>
          Back to events
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="event-title" className="event-screen">
      <p>
        <button type="button" className="link-button" onClick={backToEvents}>
          All events
        </button>
      </p>
      <div className="screen-header">
        <h1 id="event-title">{eventTitle(event)}</h1>
        <div className="toolbar">
          {!readOnly && (
            <button type="button" className="primary" onClick={() => setCapturing(true)}>
              Take notes
            </button>
          )}
          <button type="button" onClick={() => setDialog('export')}>
            Export notes (restricted)…
          </button>
          {!readOnly && (
            <>
              <button type="button" onClick={() => setDialog('edit')}>
                Edit details
              </button>
              <button type="button" className="danger-quiet" onClick={() => setDialog('delete')}>
                Delete event
              </button>
            </>
          )}
        </div>
      </div>
      {event.place && <p className="hint">Place: {event.place}</p>}
      <div className="event-columns">
        <AttendeesEditor event={event} readOnly={readOnly} />
        <AgendaEditor event={event} readOnly={readOnly} />
      </div>
      <NotesReview record={record} event={event} readOnly={readOnly} />
      {dialog === 'edit' && (
        <EventFormDialog
          title="Edit the event"
          submitLabel="Save"
          initial={event}
          onClose={() => setDialog(null)}
          onSubmit={async (details) => {
            await updateEventDetails(db, event.id, details);
            announce('Event saved.');
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title="Delete this event?"
          confirmLabel="Delete the event and its notes"
          danger
          onClose={() => setDialog(null)}
          onConfirm={() => {
            void deleteEvent(db, event.id).then(() => {
              announce(`${eventTitle(event)} and its notes deleted.`);
              backToEvents();
            });
          }}
        >
          <p>The event, its attendees, agenda and every note taken there are deleted. Paragraphs already sent to the report stay there.</p>
        </ConfirmDialog>
      )}
      {dialog === 'export' && <ExportNotesDialog record={record} event={event} onClose={() => setDialog(null)} />}
    </section>
  );
}
