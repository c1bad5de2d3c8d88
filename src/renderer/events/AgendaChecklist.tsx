import { useState } from 'react';
import type { PractitionerEvent } from '../../core/events/practitioner-event';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { setAgendaItemDone } from '../data/event-repository';

// The agenda as a checklist: beside the notes while they are taken, and on the event's page.
export function AgendaChecklist({ event, readOnly, onRemove }: { event: PractitionerEvent; readOnly: boolean; onRemove?: (itemId: string) => void }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  // A tick shows at once; the saved state takes over once the event read back carries it (or the
  // write failed), so the box never flickers back in between.
  const [ticking, setTicking] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isDone = (item: { id: string; done: boolean }) => ticking.get(item.id) ?? item.done;
  const forget = (itemIds: readonly string[]) =>
    setTicking((current) => {
      const next = new Map(current);
      for (const id of itemIds) next.delete(id);
      return next;
    });
  const [seenAgenda, setSeenAgenda] = useState(event.agenda);
  if (seenAgenda !== event.agenda) {
    setSeenAgenda(event.agenda);
    const settled = event.agenda.filter((item) => ticking.get(item.id) === item.done).map((item) => item.id);
    if (settled.length > 0) forget(settled);
  }
  const tick = (itemId: string, done: boolean) => {
    setTicking((current) => new Map(current).set(itemId, done));
    void setAgendaItemDone(db, event.id, itemId, done).catch((error: unknown) => {
      forget([itemId]);
      announce(String(error), 'error');
    });
  };
  if (event.agenda.length === 0) return <p className="empty">Nothing on the agenda yet.</p>;
  return (
    <ul className="agenda-list" aria-label="Agenda">
      {event.agenda.map((item) => (
        <li key={item.id} className={isDone(item) ? 'done' : undefined}>
          <label>
            <input type="checkbox" checked={isDone(item)} disabled={readOnly} onChange={(change) => tick(item.id, change.target.checked)} /> {item.text}
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
