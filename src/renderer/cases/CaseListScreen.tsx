import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { caseStatusLabels } from '../../core/cases/case-record';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { BackupsButton } from '../backups/BackupsButton';
import { useCaseDialogStore } from './case-dialog-store';
import { NextDeadline } from './NextDeadline';
import { StorageReminder } from './StorageReminder';
import { useCaseCommands } from './use-case-commands';
import { listCases } from '../data/case-repository';

// The home screen: the reviews this reviewer is working on, most recently changed first.
export function CaseListScreen() {
  const { db, readOnlyReason } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const openDialog = useCaseDialogStore((state) => state.open);
  const commands = useCaseCommands();
  const [showArchived, setShowArchived] = useState(false);
  const archivedToggleId = useId();
  const cases = useLiveQuery(() => listCases(db), [db]);
  const readOnly = readOnlyReason !== null;

  if (!cases) return <p className="loading">Loading cases…</p>;
  const visible = cases.filter((record) => record.archived === showArchived);
  const archivedCount = cases.filter((record) => record.archived).length;

  return (
    <section className="case-list" aria-labelledby="case-list-title">
      <div className="screen-header">
        <h1 id="case-list-title">{showArchived ? 'Archived cases' : 'Cases'}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => openDialog({ kind: 'create' })} disabled={readOnly}>
            New case
          </button>
          <button type="button" onClick={() => void commands.importCaseFile()} disabled={readOnly}>
            Import case file…
          </button>
          <BackupsButton />
          <label className="toggle" htmlFor={archivedToggleId}>
            <input id={archivedToggleId} type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
            Show archived ({archivedCount})
          </label>
        </div>
      </div>
      {!showArchived && <StorageReminder cases={cases} />}
      {visible.length === 0 ? (
        <p className="empty">{showArchived ? 'No archived cases.' : 'No cases yet. Create one with “New case”, or import a case file.'}</p>
      ) : (
        <table className="cases-table">
          <caption className="visually-hidden">{showArchived ? 'Archived cases' : 'Cases in progress'}</caption>
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Partnership</th>
              <th scope="col">Status</th>
              <th scope="col">Next deadline</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((record) => (
              <tr key={record.id} data-case-row>
                <th scope="row">
                  <a
                    href={`#/case/${encodeURIComponent(record.id)}/overview`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ name: 'case', caseId: record.id, part: 'overview' });
                    }}
                  >
                    {record.reviewName}
                  </a>
                </th>
                <td>{record.partnership}</td>
                <td>{caseStatusLabels[record.status]}</td>
                <td>
                  <NextDeadline record={record} />
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      onClick={() => openDialog({ kind: 'edit', caseId: record.id })}
                      disabled={readOnly}
                      aria-label={`Edit ${record.reviewName}`}
                    >
                      Edit
                    </button>
                    <button type="button" onClick={() => void commands.exportCase(record.id)} aria-label={`Export ${record.reviewName}`}>
                      Export
                    </button>
                    <button
                      type="button"
                      onClick={() => void commands.setArchived(record.id, record.reviewName, !record.archived)}
                      disabled={readOnly}
                      aria-label={`${record.archived ? 'Restore' : 'Archive'} ${record.reviewName}`}
                    >
                      {record.archived ? 'Restore' : 'Archive'}
                    </button>
                    <button
                      type="button"
                      className="danger-quiet"
                      onClick={() => openDialog({ kind: 'delete', caseId: record.id })}
                      disabled={readOnly}
                      aria-label={`Delete ${record.reviewName}`}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
