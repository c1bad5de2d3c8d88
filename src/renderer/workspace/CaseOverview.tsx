import { caseStatusLabels, type CaseRecord } from '../../core/cases/case-record';
import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { useDatabase } from '../data/database-context';
import { useCaseDialogStore } from '../cases/case-dialog-store';
import { DeadlineList } from '../cases/DeadlineList';
import { useCaseCommands } from '../cases/use-case-commands';

const formatOptional = (iso: string | null) => (iso ? formatLongUkDate(iso) : 'Not recorded');

export function CaseOverview({ record }: { record: CaseRecord }) {
  const { readOnlyReason } = useDatabase();
  const openDialog = useCaseDialogStore((state) => state.open);
  const commands = useCaseCommands();
  const readOnly = readOnlyReason !== null;
  return (
    <section aria-labelledby="overview-title">
      <div className="screen-header">
        <h1 id="overview-title">{record.reviewName}</h1>
        <div className="toolbar">
          <button type="button" onClick={() => openDialog({ kind: 'edit', caseId: record.id })} disabled={readOnly}>
            Edit details
          </button>
          <button type="button" onClick={() => void commands.exportCase(record.id)}>
            Export case file
          </button>
          <button type="button" onClick={() => void commands.setArchived(record.id, record.reviewName, !record.archived)} disabled={readOnly}>
            {record.archived ? 'Restore from archive' : 'Archive'}
          </button>
          <button type="button" className="danger-quiet" onClick={() => openDialog({ kind: 'delete', caseId: record.id })} disabled={readOnly}>
            Delete…
          </button>
        </div>
      </div>
      {record.archived && <p className="notice">This case is archived.</p>}
      <dl className="details">
        <div>
          <dt>Safeguarding partnership</dt>
          <dd>{record.partnership || 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Reviewer(s)</dt>
          <dd>{record.reviewers.length > 0 ? record.reviewers.join(', ') : 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{caseStatusLabels[record.status]}</dd>
        </div>
        <div>
          <dt>Serious incident notified</dt>
          <dd>{formatOptional(record.dates.incidentNotified)}</dd>
        </div>
        <div>
          <dt>Review commissioned</dt>
          <dd>{formatOptional(record.dates.reviewCommissioned)}</dd>
        </div>
      </dl>
      <h2>Deadlines</h2>
      <DeadlineList record={record} label="Deadlines" />
    </section>
  );
}
