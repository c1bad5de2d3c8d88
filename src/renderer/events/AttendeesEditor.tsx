import { useId, useState } from 'react';
import { attendeeLabel, type Attendee, type PractitionerEvent } from '../../core/events/practitioner-event';
import { suggestShortcut } from '../../core/events/role-shortcuts';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { ErrorAlert } from '../ui/ErrorAlert';
import { saveAttendees } from '../data/event-repository';

// Who took part, by role and agency. A name is optional: it never appears in the notes, and it
// goes into the identifier register so the checker catches it wherever it is typed.
export function AttendeesEditor({ event, readOnly }: { event: PractitionerEvent; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [rows, setRows] = useState<Attendee[]>(event.attendees);
  const [seen, setSeen] = useState(event.attendees);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Follows saves (here or in another tab) unless the reviewer has unsaved changes of their own.
  if (seen !== event.attendees) {
    setSeen(event.attendees);
    if (!dirty) setRows(event.attendees);
  }
  const [role, setRole] = useState('');
  const [agency, setAgency] = useState('');
  const [name, setName] = useState('');

  const change = (index: number, patch: Partial<Attendee>) => {
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));
    setDirty(true);
  };

  function add() {
    if (role.trim() === '') {
      setError('Give the attendee’s role, for example “Health visitor”.');
      return;
    }
    setError(null);
    setRows((current) => [
      ...current,
      { id: crypto.randomUUID(), role: role.trim(), agency: agency.trim(), name: name.trim(), shortcut: suggestShortcut(role, current) },
    ]);
    setDirty(true);
    setRole('');
    setAgency('');
    setName('');
    document.getElementById(`${id}-role`)?.focus();
  }

  async function save() {
    try {
      const registered = await saveAttendees(db, event.caseId, event.id, rows);
      setDirty(false);
      setError(null);
      announce(registered.length > 0 ? `Attendees saved. Added to the identifier register: ${registered.join(', ')}.` : 'Attendees saved.');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="event-panel">
      <h2 id={`${id}-heading`}>Who took part ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="empty">No attendees yet.</p>
      ) : (
        <table className="attendee-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Agency</th>
              <th scope="col">Name (optional)</th>
              <th scope="col">Shortcut</th>
              {!readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id}>
                <td>
                  <input
                    aria-label={`Role of attendee ${index + 1}`}
                    value={row.role}
                    readOnly={readOnly}
                    onChange={(e) => change(index, { role: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Agency of attendee ${index + 1}`}
                    value={row.agency}
                    readOnly={readOnly}
                    onChange={(e) => change(index, { agency: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Name of attendee ${index + 1}`}
                    value={row.name}
                    readOnly={readOnly}
                    onChange={(e) => change(index, { name: e.target.value })}
                  />
                </td>
                <td>
                  <span aria-hidden="true">@</span>
                  <input
                    className="shortcut-input"
                    aria-label={`Shortcut for ${attendeeLabel(row)}`}
                    value={row.shortcut}
                    readOnly={readOnly}
                    onChange={(e) => change(index, { shortcut: e.target.value.replace(/\s/g, '') })}
                  />
                </td>
                {!readOnly && (
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove ${attendeeLabel(row)}`}
                      onClick={() => {
                        setRows((current) => current.filter((_, at) => at !== index));
                        setDirty(true);
                      }}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <>
          <form
            className="inline-form add-attendee"
            aria-label="Add an attendee"
            onSubmit={(submit) => {
              submit.preventDefault();
              add();
            }}
          >
            <label htmlFor={`${id}-role`}>Role</label>
            <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
            <label htmlFor={`${id}-agency`}>Agency</label>
            <input id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)} />
            <label htmlFor={`${id}-name`}>Name (optional)</label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit">Add attendee</button>
          </form>
          <p className="hint">
            Notes are attributed by typing @ and the shortcut, for example @{rows[0]?.shortcut ?? 'HV'}. Names go into the identifier register, replaced by the
            role.
          </p>
          <ErrorAlert message={error} />
          <div className="toolbar">
            <button type="button" className="primary" disabled={!dirty} onClick={() => void save()}>
              Save attendees
            </button>
            {dirty && <span className="hint">Unsaved changes</span>}
          </div>
        </>
      )}
    </section>
  );
}
