import { useId, useState, type FormEvent } from 'react';
import { reportStatuses, reviewTypeTitle, type ReportStatus, type TitlePage } from '../../core/report/title-page';
import { ModalDialog } from '../ui/ModalDialog';
import { UkDateInput } from '../ui/UkDateInput';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SubmitActions } from '../ui/SubmitActions';

interface TitlePageDialogProps {
  initial: TitlePage;
  onSave: (titlePage: TitlePage) => Promise<void>;
  onClose: () => void;
}

const statusLabels: Record<ReportStatus, string> = { draft: 'Draft', final: 'Final' };

export function TitlePageDialog({ initial, onSave, onClose }: TitlePageDialogProps) {
  const id = useId();
  const [page, setPage] = useState<TitlePage>(initial);
  const [reviewersText, setReviewersText] = useState(initial.reviewers.join('\n'));
  const [dateUnreadable, setDateUnreadable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = <K extends keyof TitlePage>(key: K, value: TitlePage[K]) => setPage((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (dateUnreadable) {
      setError('The date cannot be read: write it day first, as 14/02/2021, or clear it.');
      return;
    }
    try {
      await onSave({
        ...page,
        reviewers: reviewersText
          .split('\n')
          .map((name) => name.trim())
          .filter(Boolean),
      });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <ModalDialog title="Title page" onClose={onClose}>
      <form onSubmit={submit}>
        <p className="hint">{reviewTypeTitle}</p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Review name</label>
          <input id={`${id}-name`} value={page.reviewName} onChange={(event) => field('reviewName', event.target.value)} autoFocus />
        </div>
        <div className="field">
          <label htmlFor={`${id}-partnership`}>Safeguarding partnership</label>
          <input id={`${id}-partnership`} value={page.partnership} onChange={(event) => field('partnership', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reviewers`}>Reviewer name(s), one per line</label>
          <textarea id={`${id}-reviewers`} rows={2} value={reviewersText} onChange={(event) => setReviewersText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-version`}>Version label</label>
          <input id={`${id}-version`} value={page.versionLabel} onChange={(event) => field('versionLabel', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={page.status}
            onChange={(event) => {
              const status = event.target.value as ReportStatus;
              // Publication carries no protective marking; a draft is OFFICIAL-SENSITIVE by default.
              setPage((current) => ({
                ...current,
                status,
                protectiveMarking: status === 'final' && current.protectiveMarking === 'OFFICIAL-SENSITIVE' ? '' : current.protectiveMarking,
              }));
            }}
          >
            {reportStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <UkDateInput label="Date" value={page.date} onChange={(value) => field('date', value)} onValidityChange={setDateUnreadable} />
        <div className="field">
          <label htmlFor={`${id}-marking`}>Protective marking</label>
          <input
            id={`${id}-marking`}
            value={page.protectiveMarking}
            onChange={(event) => field('protectiveMarking', event.target.value)}
            aria-describedby={`${id}-marking-hint`}
          />
          <p id={`${id}-marking-hint`} className="hint">
            “OFFICIAL-SENSITIVE” for drafts; leave empty for the published report.
          </p>
        </div>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel="Save title page" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
