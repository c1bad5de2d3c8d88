import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CaseRecord } from '../../core/cases/case-record';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { EventFormDialog } from './EventFormDialog';
import { countNotesByEvent, createEvent, listEvents } from '../data/event-repository';
import { eventTitle } from './event-title';
import { EventScreen } from './EventScreen';

// The case's practitioner learning events, conversations and panel meetings, by date; one opens
// with its attendees, agenda and notes.
export function EventsScreen({ record, eventId }: { record: CaseRecord; eventId: string | null }) {
  const { db, readOnlyReason } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const announce = useUiStore((state) => state.announce);
  const events = useLiveQuery(() => listEvents(db, record.id), [db, record.id]);
  const noteCounts = useLiveQuery(
    () =>
      countNotesByEvent(
        db,
        (events ?? []).map((event) => event.id),
      ),
    [db, events],
  );
  const [creating, setCreating] = useState(false);
  const open = (id: string) => navigate({ name: 'case', caseId: record.id, part: 'events', itemId: id });

  if (eventId) return <EventScreen record={record} eventId={eventId} />;
  if (!events) return <p className="loading">Opening the events…</p>;

  return (
    <section aria-labelledby="events-title">
      <div className="screen-header">
        <h1 id="events-title">Events</h1>
        {!readOnlyReason && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New event
          </button>
        )}
      </div>
      <p className="hint">
        Practitioner learning events, conversations with practitioners and the family, and panel meetings: who took part, by role and agency, and the notes
        taken there.
      </p>
      {events.length === 0 ? (
        <p className="empty">No events yet.</p>
      ) : (
        <ul className="event-list" aria-label="Events">
          {events.map((event) => (
            <li key={event.id}>
              <a
                href={`#/case/${encodeURIComponent(record.id)}/events/${encodeURIComponent(event.id)}`}
                onClick={(click) => {
                  click.preventDefault();
                  open(event.id);
                }}
              >
                {eventTitle(event)}
              </a>
              <span className="hint">
                {' '}
                {event.place && `${event.place} · `}
                {event.attendees.length} {event.attendees.length === 1 ? 'attendee' : 'attendees'} · {noteCounts?.get(event.id) ?? 0} notes
              </span>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <EventFormDialog
          title="New event"
          submitLabel="Create event"
          initial={null}
          onClose={() => setCreating(false)}
          onSubmit={async (details) => {
            const event = await createEvent(db, record.id, details);
            announce(`${eventTitle(event)} created.`);
            open(event.id);
          }}
        />
      )}
    </section>
  );
}
