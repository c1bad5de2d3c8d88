import { useId, useState } from 'react';
import type { AgendaItem, PractitionerEvent } from '../../core/events/practitioner-event';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { saveAgenda } from '../data/event-repository';
import { AgendaChecklist } from './AgendaChecklist';

// The agenda and the questions to explore, prepared before the event and ticked off during it.
export function AgendaEditor({ event, readOnly }: { event: PractitionerEvent; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [text, setText] = useState('');
  const save = (agenda: AgendaItem[]) => saveAgenda(db, event.id, agenda).catch((error: unknown) => announce(String(error), 'error'));

  return (
    <section aria-labelledby={`${id}-heading`} className="event-panel">
      <h2 id={`${id}-heading`}>Agenda and questions ({event.agenda.length})</h2>
      <AgendaChecklist event={event} readOnly={readOnly} onRemove={(itemId) => void save(event.agenda.filter((item) => item.id !== itemId))} />
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(submit) => {
            submit.preventDefault();
            if (text.trim() === '') return;
            void save([...event.agenda, { id: crypto.randomUUID(), text: text.trim(), done: false }]);
            setText('');
          }}
        >
          <label htmlFor={`${id}-item`}>Agenda item or question</label>
          <input id={`${id}-item`} className="wide-input" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Add</button>
        </form>
      )}
    </section>
  );
}
