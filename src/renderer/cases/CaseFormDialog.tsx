import { useId, useState, type FormEvent } from 'react';
import { caseStatuses, caseStatusLabels, type CaseDetails, type CaseStatus } from '../../core/cases/case-record';
import { ModalDialog } from '../ui/ModalDialog';
import { UkDateInput } from '../ui/UkDateInput';
import { DeadlineList } from './DeadlineList';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SubmitActions } from '../ui/SubmitActions';

interface CaseFormDialogProps {
  title: string;
  submitLabel: string;
  initial: CaseDetails;
  onSubmit: (details: CaseDetails) => Promise<void>;
  onClose: () => void;
}

type DateField = keyof CaseDetails['dates'];

const dateFields: { field: DateField; label: string }[] = [
  { field: 'incidentNotified', label: 'Serious incident notified' },
  { field: 'reviewCommissioned', label: 'Review commissioned' },
  { field: 'publication', label: 'Publication' },
];

export const emptyCaseDetails: CaseDetails = {
  reviewName: '',
  partnership: '',
  reviewers: [],
  status: 'rapid-review',
  dates: { incidentNotified: null, reviewCommissioned: null, publication: null },
};

// One form for creating and editing; every control has a visible label and works from the keyboard.
export function CaseFormDialog({ title, submitLabel, initial, onSubmit, onClose }: CaseFormDialogProps) {
  const id = useId();
  const [details, setDetails] = useState<CaseDetails>(initial);
  const [reviewersText, setReviewersText] = useState(initial.reviewers.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unreadableDates, setUnreadableDates] = useState<ReadonlySet<DateField>>(new Set());

  const setDate = (field: DateField, value: string | null) => setDetails((current) => ({ ...current, dates: { ...current.dates, [field]: value } }));
  const setDateUnreadable = (field: DateField, unreadable: boolean) =>
    setUnreadableDates((current) => {
      const next = new Set(current);
      if (unreadable) next.add(field);
      else next.delete(field);
      return next;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (details.reviewName.trim() === '') {
      setError('Give the review a name: a pseudonym such as "Child K".');
      return;
    }
    if (unreadableDates.size > 0) {
      setError('Some dates cannot be read: correct them (day first, as 14/02/2021) or clear them.');
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ ...details, reviewers: reviewersText.split('\n') });
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={title} onClose={onClose} className="case-form-dialog">
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>Review name</label>
          <input
            id={`${id}-name`}
            value={details.reviewName}
            onChange={(event) => setDetails({ ...details, reviewName: event.target.value })}
            aria-describedby={`${id}-name-hint`}
            autoFocus
            required
            maxLength={200}
          />
          <p id={`${id}-name-hint`} className="hint">
            Already a pseudonym, for example “Child K”. Never the child’s real name.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-partnership`}>Safeguarding partnership</label>
          <input
            id={`${id}-partnership`}
            value={details.partnership}
            onChange={(event) => setDetails({ ...details, partnership: event.target.value })}
            maxLength={300}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reviewers`}>Reviewer name(s)</label>
          <textarea
            id={`${id}-reviewers`}
            rows={2}
            value={reviewersText}
            onChange={(event) => setReviewersText(event.target.value)}
            aria-describedby={`${id}-reviewers-hint`}
          />
          <p id={`${id}-reviewers-hint`} className="hint">
            One per line. The published report names its reviewer(s).
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={details.status} onChange={(event) => setDetails({ ...details, status: event.target.value as CaseStatus })}>
            {caseStatuses.map((status) => (
              <option key={status} value={status}>
                {caseStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="dates">
          <legend>Key dates</legend>
          {dateFields.map(({ field, label }) => (
            <UkDateInput
              key={field}
              label={label}
              value={details.dates[field]}
              onChange={(value) => setDate(field, value)}
              onValidityChange={(invalid) => setDateUnreadable(field, invalid)}
            />
          ))}
          <DeadlineList record={details} label="Deadlines worked out from these dates" />
        </fieldset>
        <ErrorAlert message={error} />
        <SubmitActions submitLabel={submitLabel} onCancel={onClose} disabled={busy} />
      </form>
    </ModalDialog>
  );
}
