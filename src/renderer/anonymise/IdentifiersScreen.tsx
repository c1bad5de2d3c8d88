import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { StoredIdentifier } from '../../core/anonymise/anonymisation-records';
import { parseRegisterCsv, registerToCsv, type RegisterProblem } from '../../core/anonymise/identifier-register';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import {
  addIdentifier,
  allowPhrase,
  deleteIdentifier,
  listAllowed,
  listIdentifiers,
  removeAllowedPhrase,
  replaceRegister,
  updateIdentifier,
} from '../data/anonymisation-repository';
import { AuditLog } from './AuditLog';
import { CaseFindings } from './CaseFindings';
import { IdentifierForm, kindLabels } from './IdentifierForm';

// The case's register of identifying details and the phrases never to flag.
export function IdentifiersScreen({ caseId, reviewName }: { caseId: string; reviewName: string }) {
  const { db, readOnlyReason } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const identifiers = useLiveQuery(() => listIdentifiers(db, caseId), [db, caseId]);
  const allowed = useLiveQuery(() => listAllowed(db, caseId), [db, caseId]);
  const [editing, setEditing] = useState<StoredIdentifier | null>(null);
  const [pending, setPending] = useState<{ file: string; csv: string; count: number } | null>(null);
  const [importProblems, setImportProblems] = useState<{ file: string; problems: RegisterProblem[] } | null>(null);
  const readOnly = readOnlyReason !== null;
  if (!identifiers || !allowed) return <p className="loading">Opening the register…</p>;
  const people = identifiers.filter((item) => item.kind === 'person');
  const byId = new Map(identifiers.map((item) => [item.id, item]));

  async function chooseCsv(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    const csv = await file.text();
    const parsed = parseRegisterCsv(csv);
    if (!parsed.ok) {
      setImportProblems({ file: file.name, problems: parsed.problems });
      return;
    }
    setImportProblems(null);
    setPending({ file: file.name, csv, count: parsed.identifiers.length });
  }

  async function exportCsv() {
    const name = `${reviewName.replace(/[^\p{L}\p{N}]+/gu, '-')}-register.csv`;
    const result = await currentPlatform.saveFile({
      suggestedName: name,
      contents: `\uFEFF${registerToCsv(identifiers ?? [])}`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (result.saved) announce(`Register exported as ${result.fileName ?? name}.`);
  }

  return (
    <div className="identifiers-screen">
      <h1>Identifiers</h1>
      <p className="hint">
        Every name, alias, date, address, school, organisation, place and number that could identify the child or family, with what to write instead. The
        checker looks for each of them in every form.
      </p>
      <section aria-labelledby="register-heading">
        <div className="toolbar">
          <h2 id="register-heading">Register ({identifiers.length})</h2>
          <button type="button" onClick={() => void exportCsv()} disabled={identifiers.length === 0}>
            Export CSV
          </button>
          {!readOnly && (
            <label className="file-button">
              Import CSV…
              <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(event) => void chooseCsv(event.target.files)} />
            </label>
          )}
        </div>
        {importProblems && (
          <div role="alert" className="error-list">
            <p>“{importProblems.file}” was not imported, and the register is unchanged:</p>
            <ul>
              {importProblems.problems.map((problem) => (
                <li key={`${problem.row}-${problem.message}`}>
                  Row {problem.row}: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {identifiers.length === 0 ? (
          <p className="empty">The register is empty. Add identifiers below, or import a CSV with the columns kind,value,replacement,note.</p>
        ) : (
          <table className="register-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Identifying detail</th>
                <th scope="col">Replacement</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {identifiers.map((item) => (
                <tr key={item.id} className={item.kind === 'alias' ? 'alias-row' : undefined}>
                  <td>{item.kind === 'alias' ? `alias of ${byId.get(item.personId ?? '')?.value ?? '?'}` : item.kind}</td>
                  <td>{item.value}</td>
                  <td>{item.replacement || <span className="hint">none</span>}</td>
                  <td>{item.note}</td>
                  <td className="row-actions">
                    {!readOnly && (
                      <>
                        <button type="button" onClick={() => setEditing(item)} aria-label={`Edit ${item.value}`}>
                          Edit
                        </button>
                        <button type="button" onClick={() => void deleteIdentifier(db, item)} aria-label={`Delete ${item.value}`}>
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!readOnly &&
          (editing ? (
            <IdentifierForm
              key={editing.id}
              people={people.filter((person) => person.id !== editing.id)}
              initial={editing}
              submitLabel={`Save ${editing.value}`}
              onSubmit={async (fields) => {
                await updateIdentifier(db, editing.id, fields);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <IdentifierForm people={people} submitLabel="Add identifier" onSubmit={(fields) => addIdentifier(db, caseId, fields)} />
          ))}
        <p className="hint">{Object.values(kindLabels).join(' · ')}</p>
      </section>
      <CaseFindings caseId={caseId} readOnly={readOnly} />
      <AllowList caseId={caseId} phrases={allowed} readOnly={readOnly} />
      <AuditLog caseId={caseId} reviewName={reviewName} />
      {pending && (
        <ConfirmDialog
          title="Replace the register?"
          confirmLabel={`Replace with ${pending.count} identifiers`}
          onClose={() => setPending(null)}
          onConfirm={() =>
            void (async () => {
              const parsed = parseRegisterCsv(pending.csv);
              if (parsed.ok) await replaceRegister(db, caseId, parsed.identifiers);
              announce(`Register replaced with ${pending.count} identifiers from ${pending.file}.`);
              setPending(null);
            })()
          }
        >
          <p>
            The register’s {identifiers.length} identifiers will be replaced by the {pending.count} in “{pending.file}”.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function AllowList({ caseId, phrases, readOnly }: { caseId: string; phrases: readonly { id: string; phrase: string }[]; readOnly: boolean }) {
  const { db } = useDatabase();
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await allowPhrase(db, caseId, phrase);
      setPhrase('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Allow list</h2>
      <p className="hint">Phrases never flagged in this case, besides the built-in ones (statutes, guidance, national services).</p>
      <ul aria-label="Allowed phrases">
        {phrases.map((item) => (
          <li key={item.id}>
            {item.phrase}{' '}
            {!readOnly && (
              <button type="button" onClick={() => void removeAllowedPhrase(db, item.id)} aria-label={`Remove ${item.phrase} from the allow list`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label htmlFor={`${id}-phrase`}>Allowed phrase</label>
          <input id={`${id}-phrase`} value={phrase} onChange={(event) => setPhrase(event.target.value)} />
          <button type="submit">Allow</button>
        </form>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
