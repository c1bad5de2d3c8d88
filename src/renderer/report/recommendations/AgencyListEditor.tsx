import { useId, useState, type FormEvent } from 'react';
import type { Agency } from '../../../core/report/recommendation';
import { useDatabase } from '../../data/database-context';
import { TextPromptDialog } from '../../ui/TextPromptDialog';
import { addAgency, removeAgency, renameAgency } from '../../data/recommendation-repository';
import { ErrorAlert } from '../../ui/ErrorAlert';

// The case's agencies, which recommendations are assigned to: the reviewer keeps this list.
export function AgencyListEditor({ caseId, agencies, readOnly }: { caseId: string; agencies: readonly Agency[]; readOnly: boolean }) {
  const { db } = useDatabase();
  const inputId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<Agency | null>(null);

  async function attempt(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      setError(null);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await attempt(() => addAgency(db, caseId, name))) setName('');
  }

  return (
    <section className="agency-list" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Agencies</h2>
      {agencies.length === 0 ? (
        <p className="empty">No agencies yet. Add the agencies the recommendations are for, for example “Children’s Social Care”.</p>
      ) : (
        <ul aria-label="Agencies in this case">
          {agencies.map((agency) => (
            <li key={agency.id}>
              <span>{agency.name}</span>
              {!readOnly && (
                <span className="row-actions">
                  <button type="button" onClick={() => setRenaming(agency)} aria-label={`Rename ${agency.name}`}>
                    Rename
                  </button>
                  <button type="button" onClick={() => void attempt(() => removeAgency(db, agency))} aria-label={`Remove ${agency.name}`}>
                    Remove
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={inputId}>New agency</label>
          <input id={inputId} value={name} onChange={(event) => setName(event.target.value)} maxLength={200} autoComplete="off" />
          <button type="submit">Add agency</button>
        </form>
      )}
      <ErrorAlert message={error} />
      {renaming && (
        <TextPromptDialog
          title={`Rename “${renaming.name}”`}
          label="Agency name"
          initial={renaming.name}
          submitLabel="Rename"
          onSubmit={(next) => renameAgency(db, renaming, next)}
          onClose={() => setRenaming(null)}
        />
      )}
    </section>
  );
}
