import { useId } from 'react';
import type { ReviewFinding } from './review-findings';

export interface FindingActions {
  goTo(finding: ReviewFinding): void;
  replace(finding: ReviewFinding, replacement: string): void;
  removeApposition(finding: ReviewFinding): void;
  replaceEverywhere(finding: ReviewFinding, replacement: string): void;
  leave(finding: ReviewFinding): void;
  allow(finding: ReviewFinding): void;
  addToRegister(finding: ReviewFinding): void;
}

interface FindingItemProps {
  finding: ReviewFinding;
  current: boolean;
  readOnly: boolean;
  actions: FindingActions;
  /** What the reviewer has typed as the replacement, kept by the panel so a re-check does not lose it. */
  draft: string | undefined;
  onDraft(value: string): void;
}

// One finding in the review panel: where it is and the words around it (a link that goes to it),
// then what to do. The replacement is the reviewer's to edit before it is applied; a finding that
// could be more than one person offers each, and nothing else, until the reviewer picks.
export function FindingItem({ finding, current, readOnly, actions, draft, onDraft }: FindingItemProps) {
  const id = useId();
  const replacement = draft ?? finding.suggestions[0] ?? '';
  const [before, after] = finding.context.split('\u2016');
  const ambiguous = finding.candidates !== undefined;
  return (
    <li
      aria-label={`${finding.severity}: ${finding.text}, ${finding.where}`}
      aria-current={current ? 'true' : undefined}
      className={current ? 'current' : undefined}
    >
      <span className={`severity-${finding.severity}`}>{finding.severity}</span> <span className="hint">{finding.category}</span>{' '}
      {finding.where && <span className="finding-where">{finding.where}</span>}{' '}
      <button
        type="button"
        className="link-button finding-context"
        onClick={() => actions.goTo(finding)}
        aria-label={`Go to “${finding.text}”, ${finding.where}`}
      >
        …{before} <mark>{finding.text}</mark> {after}…
      </button>
      {finding.reason && <p className="finding-reason">Why: {finding.reason}.</p>}
      {ambiguous && (
        <p className="finding-ambiguous">
          This could be more than one person in the register: choose who it is.
          {!readOnly && (
            <span className="row-actions">
              {finding.candidates!.map((candidate) => (
                <button key={candidate.identifierId} type="button" onClick={() => actions.replace(finding, candidate.replacement)}>
                  {candidate.replacement} ({candidate.value})
                </button>
              ))}
            </span>
          )}
        </p>
      )}
      {!readOnly && (
        <div className="finding-actions">
          {!ambiguous && finding.suggestions.length > 0 && (
            <span className="replacement-field">
              <label htmlFor={`${id}-replacement`}>{finding.span.text === finding.text ? 'Replace with' : `Replace “${finding.span.text}” with`}</label>
              <input
                id={`${id}-replacement`}
                list={finding.suggestions.length > 1 ? `${id}-suggestions` : undefined}
                value={replacement}
                onChange={(event) => onDraft(event.target.value)}
              />
              {finding.suggestions.length > 1 && (
                <datalist id={`${id}-suggestions`}>
                  {finding.suggestions.map((suggestion) => (
                    <option key={suggestion} value={suggestion} />
                  ))}
                </datalist>
              )}
              <button
                type="button"
                disabled={replacement.trim() === ''}
                onClick={() => actions.replace(finding, replacement)}
                aria-label={`Replace “${finding.text}” here`}
              >
                Replace
              </button>
              {finding.identifierId && (
                <button
                  type="button"
                  disabled={replacement.trim() === ''}
                  onClick={() => actions.replaceEverywhere(finding, replacement)}
                  aria-label={`Replace “${finding.text}” everywhere`}
                >
                  Replace everywhere…
                </button>
              )}
            </span>
          )}
          <span className="row-actions">
            {finding.apposition && (
              <button type="button" onClick={() => actions.removeApposition(finding)} aria-label={`Remove “${finding.text}” and its commas`}>
                Remove the name and its commas
              </button>
            )}
            <button type="button" onClick={() => actions.leave(finding)} aria-label={`Leave “${finding.text}” as it is`}>
              Leave…
            </button>
            <button type="button" onClick={() => actions.allow(finding)} aria-label={`Allow “${finding.text}”`}>
              Allow
            </button>
            {!finding.identifierId && !ambiguous && (
              <button type="button" onClick={() => actions.addToRegister(finding)} aria-label={`Add “${finding.text}” to the register`}>
                Add to register…
              </button>
            )}
          </span>
        </div>
      )}
    </li>
  );
}
