import { useState } from 'react';
import type { PractitionerEvent } from '../../core/events/practitioner-event';
import { useDatabase } from '../app/database-context';
import { useUiStore } from '../app/ui-store';
import { setAgendaItemDone } from './event-repository';

// The agenda as a checklist: beside the notes while they are taken, and on the event's page.
export function AgendaChecklist({ event, readOnly, onRemove }: { event: PractitionerEvent; readOnly: boolean; onRemove?: (itemId: string) => void }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  // A tick shows at once; the saved state takes over when the write lands.
  const [ticking, setTicking] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isDone = (item: { id: string; done: boolean }) => ticking.get(item.id) ?? item.done;
  const tick = (itemId: string, done: boolean) => {
    setTicking((current) => new Map(current).set(itemId, done));
    void setAgendaItemDone(db, event.id, itemId, done)
      .catch((error: unknown) => announce(String(error), 'error'))
      .finally(() =>
        setTicking((current) => {
          const next = new Map(current);
          next.delete(itemId);
          return next;
        }),
      );
  };
  if (event.agenda.length === 0) return <p className="empty">Nothing on the agenda yet.</p>;
  return (
    <ul className="agenda-list" aria-label="Agenda">
      {event.agenda.map((item) => (
        <li key={item.id} className={isDone(item) ? 'done' : undefined}>
          <label>
            <input
              type="checkbox"
              checked={isDone(item)}
              disabled={readOnly}
              onChange={(change) => tick(item.id, change.target.checked)}
            />{' '}
            {item.text}
          </label>
          {onRemove && !readOnly && (
            <button type="button" className="link-button" aria-label={`Remove “${item.text}”`} onClick={() => onRemove(item.id)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
