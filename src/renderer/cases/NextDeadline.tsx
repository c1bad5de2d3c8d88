import { caseDeadlines, deadlineLabels, type DeadlineKey } from '../../core/cases/case-deadlines';
import type { CaseRecord } from '../../core/cases/case-record';
import { compareIsoDates, todayIso } from '../../core/dates/iso-date';
import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { DeadlineBadge } from './DeadlineList';

// For the case list: the earliest deadline that is not yet met.
export function NextDeadline({ record }: { record: CaseRecord }) {
  const deadlines = caseDeadlines(record, todayIso());
  const pending = (Object.keys(deadlines) as DeadlineKey[])
    .map((key) => ({ key, deadline: deadlines[key] }))
    .filter(({ deadline }) => deadline.date !== null && deadline.state !== 'met')
    .sort((a, b) => compareIsoDates(a.deadline.date!, b.deadline.date!));
  const next = pending[0];
  if (!next) return <span className="hint">None</span>;
  return (
    <span>
      {deadlineLabels[next.key]}: {formatLongUkDate(next.deadline.date!)} <DeadlineBadge deadline={next.deadline} />
    </span>
  );
}
