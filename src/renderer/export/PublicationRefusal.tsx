import { useEffect, useId, useRef, useState } from 'react';
import type { PublicationFinding } from '../../core/export/publication-check';
import { readinessOverrideAction, type ReadinessProblem } from '../../core/export/publication-readiness';
import { describeFinding, refusalSummary } from '../../core/export/publication-refusal';
import { useUiStore } from '../app/ui-store';
import { logDecision } from '../data/anonymisation-repository';
import { useDatabase } from '../data/database-context';
import { TextPromptDialog } from '../ui/TextPromptDialog';
import { findingRoute, readinessRoute } from './refusal-links';
import './publication-refusal.css';

export interface Refusal {
  message: string;
  readiness: ReadinessProblem[];
  findings: PublicationFinding[];
  readBack: boolean;
}

const shown = 100;

/** What to do next, after the pipeline's own sentence. */
function hint(refusal: Refusal): string {
  if (refusal.readBack) return '';
  const findings = refusal.findings.length > 0 ? 'resolve the findings in the report’s “Check anonymisation” panel or on the Identifiers screen, ' : '';
  if (refusal.readiness.length === 0)
    return ' Resolve them in the report’s “Check anonymisation” panel or on the Identifiers screen, or export a restricted draft.';
  return ` Finish or override each item under “Before publishing”, ${findings}or export a restricted draft.`;
}

// A refused publication: what is still to finish (each a link to where it is fixed, and an
// override with a reason, recorded in the audit log), then each finding, a link to where it is.
// An override takes the item off this list at once; the next export checks the case afresh.
export function PublicationRefusal({ caseId, refusal }: { caseId: string; refusal: Refusal }) {
  const { db, readOnlyReason } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const announce = useUiStore((state) => state.announce);
  const id = useId();
  const [overridden, setOverridden] = useState<ReadonlySet<string>>(new Set());
  const [overriding, setOverriding] = useState<ReadinessProblem | null>(null);
  const refocus = useRef(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  // The overridden item's button is gone: once the dialog has closed, the reviewer goes on from the refusal's sentence.
  useEffect(() => {
    if (overriding || !refocus.current) return;
    refocus.current = false;
    summaryRef.current?.focus();
  }, [overriding]);

  const readiness = refusal.readiness.filter((problem) => !overridden.has(problem.key));
  const message =
    overridden.size === 0
      ? refusal.message
      : readiness.length === 0 && refusal.findings.length === 0
        ? 'Everything listed is finished or overridden: check and export again.'
        : refusalSummary(refusal.findings, false, readiness);

  async function override(problem: ReadinessProblem, reason: string) {
    await logDecision(db, caseId, readinessOverrideAction, { text: problem.key, reason });
    setOverridden((current) => new Set(current).add(problem.key));
    refocus.current = true;
    announce(`Overridden: ${problem.message} The reason is recorded in the audit log.`);
  }

  return (
    <>
      <div role="alert" className="error-list publication-refusal">
        <p ref={summaryRef} tabIndex={-1}>
          {message}
          {(readiness.length > 0 || refusal.findings.length > 0) && hint({ ...refusal, readiness })}
        </p>
        {readiness.length > 0 && (
          <>
            <p id={`${id}-readiness`} className="refusal-list-title">
              Before publishing
            </p>
            <ul aria-labelledby={`${id}-readiness`} className="readiness-list">
              {readiness.map((problem) => (
                <li key={problem.key}>
                  <button type="button" className="link-button" id={`${id}-${problem.key}`} onClick={() => navigate(readinessRoute(caseId, problem.place))}>
                    {problem.message}
                  </button>
                  {readOnlyReason === null && (
                    <button type="button" aria-describedby={`${id}-${problem.key}`} onClick={() => setOverriding(problem)}>
                      Override…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {refusal.findings.length > 0 && (
          <>
            {readiness.length > 0 && <p className="refusal-list-title">Unresolved findings</p>}
            <ul aria-label="Unresolved findings">
              {refusal.findings.slice(0, shown).map((finding, index) => (
                <li key={`${finding.where}-${finding.start}-${index}`}>
                  {refusal.readBack ? (
                    describeFinding(finding)
                  ) : (
                    <button type="button" className="link-button" onClick={() => navigate(findingRoute(caseId, finding))}>
                      {describeFinding(finding)}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {refusal.findings.length > shown && <p>… and {refusal.findings.length - shown} more.</p>}
          </>
        )}
        <button type="button" onClick={() => navigate({ name: 'case', caseId, part: 'report' })}>
          Go to the report
        </button>
      </div>
      {overriding && (
        <TextPromptDialog
          title={`Override: ${overriding.message}`}
          label="Reason"
          submitLabel="Override"
          onSubmit={(reason) => override(overriding, reason)}
          onClose={() => setOverriding(null)}
        />
      )}
    </>
  );
}
