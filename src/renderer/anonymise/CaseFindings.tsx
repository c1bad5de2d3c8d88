import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { findingContext, ignoredKey } from '../../core/anonymise/anonymisation-records';
import { caseTexts, type CaseText } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { listEntries, listEpisodes } from '../data/chronology-repository';
import { listAgencies, listRecommendations } from '../data/recommendation-repository';
import { replaceInCaseText } from '../data/replace-in-case-text';
import { useCaseChecker } from '../data/use-case-checker';
import { getReportRecord } from '../data/report-repository';
import { listEvents, listCaseNotes } from '../data/event-repository';

// Findings outside the report body: in what is exported with it (the title page, the
// recommendations and the chronology) and in the practitioner events' notes, which are never
// published but are where a name typed in the room would start. (The report itself is checked,
// and fixed, in the report's own panel.)
export function CaseFindings({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const { checker, ignored } = useCaseChecker(db, caseId);
  const report = useLiveQuery(() => getReportRecord(db, caseId), [db, caseId]);
  const recommendations = useLiveQuery(() => listRecommendations(db, caseId), [db, caseId]);
  const entries = useLiveQuery(() => listEntries(db, caseId), [db, caseId]);
  const agencies = useLiveQuery(() => listAgencies(db, caseId), [db, caseId]);
  const episodes = useLiveQuery(() => listEpisodes(db, caseId), [db, caseId]);
  const events = useLiveQuery(() => listEvents(db, caseId), [db, caseId]);
  const notes = useLiveQuery(() => listCaseNotes(db, caseId), [db, caseId]);
  const found = useMemo(() => {
    if (!checker || !recommendations || !entries || !agencies || !episodes || !events || !notes) return null;
    return caseTexts({ titlePage: report?.titlePage ?? null, agencies, recommendations, entries, episodes, events: { events, notes } }).flatMap((item) =>
      checker
        .check(item.text)
        .filter((finding) => !ignored.has(ignoredKey(finding.text, findingContext(item.text, finding.start, finding.end))))
        .map((finding) => ({ item, finding })),
    );
  }, [checker, ignored, report, agencies, recommendations, entries, episodes, events, notes]);
  if (!found || !checker) return null;

  async function replace(item: CaseText, finding: Finding) {
    const count = await replaceInCaseText(db, caseId, checker!, item.place, finding);
    announce(
      count > 0
        ? `“${finding.text}” replaced with “${finding.replacement}” in ${item.label}.`
        : `“${finding.text}” is no longer in ${item.label}: nothing was replaced.`,
    );
  }

  return (
    <section aria-labelledby="case-findings-heading">
      <h2 id="case-findings-heading">Findings outside the report ({found.length})</h2>
      <p className="hint">
        The title page, the agencies, the recommendations, the chronology and its episodes are exported too. Event notes are never published but are checked
        too, so a name noted at an event does not reach the report. The report’s own findings are in the report’s “Check anonymisation” panel.
      </p>
      {found.length === 0 ? (
        <p className="empty">Nothing identifying found there.</p>
      ) : (
        <ul className="finding-list" aria-label="Findings outside the report">
          {found.map(({ item, finding }) => (
            <li key={`${JSON.stringify(item.place)}-${finding.start}`}>
              <span className={`severity-${finding.severity}`}>{finding.severity}</span> {item.label}: “{finding.text}”
              {finding.replacement && <span className="hint"> → {finding.replacement}</span>}
              {finding.reason && <span className="hint"> ({finding.reason})</span>}{' '}
              {!readOnly && finding.replacement && (
                <button
                  type="button"
                  onClick={() => void replace(item, finding).catch((error: unknown) => announce(String(error), 'error'))}
                  aria-label={`Replace “${finding.text}” in ${item.label}`}
                >
                  Replace
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
