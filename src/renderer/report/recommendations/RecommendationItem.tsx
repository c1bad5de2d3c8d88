import { useEffect, useId, useRef } from 'react';
import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import type { Agency, Recommendation } from '../../../core/report/recommendation';
import type { RecommendationIssue } from '../../../core/report/recommendation-checks';
import { UkDateInput } from '../../ui/UkDateInput';
import type { RecommendationChanges } from '../../data/recommendation-repository';
import { useSavedText } from '../../data/use-saved-text';

interface RecommendationItemProps {
  recommendation: Recommendation;
  number: number;
  count: number;
  agencies: readonly Agency[];
  issues: readonly RecommendationIssue[];
  readOnly: boolean;
  autoFocus: boolean;
  /** Linked to (from a refused publication, say): brought into view with its wording focused. */
  linked?: boolean;
  /** Resolves once the change is stored, so a save in progress can be waited for (locking). */
  onChange: (changes: RecommendationChanges) => Promise<void>;
  onMove: (toIndex: number) => void;
  onDelete: () => void;
}

export function RecommendationItem({
  recommendation,
  number,
  count,
  agencies,
  issues,
  readOnly,
  autoFocus,
  linked = false,
  onChange,
  onMove,
  onDelete,
}: RecommendationItemProps) {
  const id = useId();
  const wording = useSavedText(recommendation.text, (text) => onChange({ text }));
  const answers = useSavedText(recommendation.answers, (text) => onChange({ answers: text }));
  const flagged = issues.some((issue) => issue.severity === 'flag');
  const wordingRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!linked) return;
    wordingRef.current?.scrollIntoView?.({ block: 'center' });
    wordingRef.current?.focus({ preventScroll: true });
  }, [linked]);

  function toggleAgency(agencyId: string, checked: boolean) {
    const next = checked ? [...recommendation.agencyIds, agencyId] : recommendation.agencyIds.filter((idInList) => idInList !== agencyId);
    onChange({ agencyIds: next });
  }

  return (
    <li className={`recommendation ${flagged ? 'flagged' : ''}`} aria-labelledby={`${id}-title`} data-recommendation-number={number}>
      <div className="recommendation-head">
        <h3 id={`${id}-title`}>Recommendation {number}</h3>
        {!readOnly && (
          <span className="row-actions">
            <button type="button" onClick={() => onMove(number - 2)} disabled={number === 1} aria-label={`Move recommendation ${number} up`}>
              ↑ Up
            </button>
            <button type="button" onClick={() => onMove(number)} disabled={number === count} aria-label={`Move recommendation ${number} down`}>
              ↓ Down
            </button>
            <button type="button" className="danger" onClick={onDelete} aria-label={`Delete recommendation ${number}`}>
              Delete
            </button>
          </span>
        )}
      </div>
      {issues.length > 0 && (
        <ul className="recommendation-issues" aria-label={`Problems with recommendation ${number}`}>
          {issues.map((issue) => (
            <li key={issue.kind} className={issue.severity === 'flag' ? 'flag' : 'warn'}>
              {issue.severity === 'flag' ? 'Needs attention: ' : 'Check: '}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-text`}>Wording of recommendation {number}</label>
        <textarea
          id={`${id}-text`}
          ref={wordingRef}
          rows={3}
          lang="en-GB"
          spellCheck
          readOnly={readOnly}
          autoFocus={autoFocus}
          value={wording.value}
          onChange={(event) => wording.onChange(event.target.value)}
          onBlur={wording.onBlur}
        />
      </div>
      <fieldset className="agency-choices">
        <legend>Responsible agencies for recommendation {number}</legend>
        {agencies.length === 0 && <p className="hint">Add the case’s agencies above first.</p>}
        {agencies.map((agency) => (
          <label key={agency.id} className="checkbox">
            <input
              type="checkbox"
              disabled={readOnly}
              checked={recommendation.agencyIds.includes(agency.id)}
              onChange={(event) => toggleAgency(agency.id, event.target.checked)}
            />
            {agency.name}
          </label>
        ))}
      </fieldset>
      <div className="recommendation-fields">
        {readOnly ? (
          <p>
            <strong>Target date:</strong> {recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : 'not set'}
          </p>
        ) : (
          <UkDateInput
            key={recommendation.id}
            label={`Target date for recommendation ${number}`}
            value={recommendation.targetDate}
            onChange={(iso) => iso !== recommendation.targetDate && onChange({ targetDate: iso })}
            pickerLabel={`Choose the target date for recommendation ${number}`}
          />
        )}
        <div className="field">
          <label htmlFor={`${id}-answers`}>Answers paragraph or finding (optional)</label>
          <input
            id={`${id}-answers`}
            readOnly={readOnly}
            placeholder="for example 4.3, or Finding 2"
            value={answers.value}
            onChange={(event) => answers.onChange(event.target.value)}
            onBlur={answers.onBlur}
            maxLength={500}
          />
        </div>
      </div>
    </li>
  );
}
