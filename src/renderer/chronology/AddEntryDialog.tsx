import { useId, useState, type FormEvent } from 'react';
import type { ChronologyEntry } from '../../core/chronology/chronology-entry';
import { parseChronologyDate } from '../../core/chronology/parse-chronology-date';
import { useDatabase } from '../data/database-context';
import { ModalDialog } from '../ui/ModalDialog';
import { addEntry } from '../data/chronology-repository';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SubmitActions } from '../ui/SubmitActions';

const textFields = [
  ['role', 'Practitioner role'],
  ['source', 'Source'],
  ['text', 'What happened'],
  ['outcome', 'Outcome or action taken'],
  ['analysis', 'Analysis or significance'],
] as const;

// An entry added by hand (from a report or a conversation, not an agency's file).
export function AddEntryDialog({
  caseId,
  agencies,
  onAdded,
  onClose,
}: {
  caseId: string;
  agencies: readonly string[];
  onAdded: (entry: ChronologyEntry) => void;
  onClose: () => void;
}) {
  const { db } = useDatabase();
  const id = useId();
  const [date, setDate] = useState('');
  const [agency, setAgency] = useState(agencies[0] ?? '');
  const [values, setValues] = useState({ role: '', source: '', text: '', outcome: '', analysis: '' });
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseChronologyDate(date);
    if (!parsed.ok) return setError(parsed.message);
    if (agency.trim() === '') return setError('Name the agency.');
    if (values.text.trim() === '') return setError('Say what happened.');
    try {
      const entry = await addEntry(db, caseId, { ...parsed.value, agency: agency.trim(), ...values, origin: null });
      onAdded(entry);
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <ModalDialog title="Add an entry" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} value={date} onChange={(event) => setDate(event.target.value)} placeholder="14/06/2020" autoFocus />
          <p className="hint">Day first, or a month (June 2020) or year; “c.” for approximate; a time may follow.</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agency`}>Agency</label>
          <input id={`${id}-agency`} list={`${id}-agencies`} value={agency} onChange={(event) => setAgency(event.target.value)} />
          <datalist id={`${id}-agencies`}>
            {agencies.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        {textFields.map(([field, label]) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            {field === 'text' || field === 'analysis' ? (
              <textarea
                id={`${id}-${field}`}
                rows={3}
                lang="en-GB"
                value={values[field]}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            ) : (
              <input id={`${id}-${field}`} value={values[field]} onChange={(event) => setValues({ ...values, [field]: event.target.value })} />
            )}
          </div>
        ))}
        <ErrorAlert message={error} />
        <SubmitActions submitLabel="Add entry" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
