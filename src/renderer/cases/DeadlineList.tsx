import { caseDeadlines, deadlineLabels, deadlineStateLabel, type Deadline, type DeadlineKey } from '../../core/cases/case-deadlines';
import type { CaseDetails } from '../../core/cases/case-record';
import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { todayIso } from '../../core/dates/iso-date';

export function DeadlineBadge({ deadline }: { deadline: Deadline }) {
  if (deadline.state === 'none') return null;
  return <span className={`badge badge-${deadline.state}`}>{deadlineStateLabel(deadline.state)}</span>;
}

const deadlineExplanations: Record<DeadlineKey, string> = {
  rapidReview: '15 working days after notification, not counting bank holidays in England and Wales',
  review: 'six months after commissioning',
  publication: 'as planned',
};

interface DeadlineListProps {
  record: Pick<CaseDetails, 'status' | 'dates'>;
  label: string;
}

// The three deadlines with their state, worked out live from the key dates and today's date.
export function DeadlineList({ record, label }: DeadlineListProps) {
  const deadlines = caseDeadlines(record, todayIso());
  return (
    <dl className="deadlines" aria-label={label}>
      {(Object.keys(deadlineLabels) as DeadlineKey[]).map((key) => {
        const deadline = deadlines[key];
        return (
          <div key={key} className="deadline" data-deadline={key}>
            <dt>{deadlineLabels[key]}</dt>
            <dd>
              {deadline.date ? (
                <>
                  <span className="deadline-date">{formatLongUkDate(deadline.date)}</span> <DeadlineBadge deadline={deadline} />
                  <span className="hint"> ({deadlineExplanations[key]})</span>
                </>
              ) : (
                <span className="hint">{deadline.note ?? 'Not yet known'}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
