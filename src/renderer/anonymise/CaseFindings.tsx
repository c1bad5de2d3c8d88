import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { findingContext, ignoredKey } from '../../core/anonymise/anonymisation-records';
import { caseTexts, type CaseText } from '../../core/anonymise/case-texts';
import type { Finding } from '../../core/anonymise/finding';
import { useDatabase } from '../app/database-context';
import { useUiStore } from '../app/ui-store';
import { listEntries } from '../chronology/chronology-repository';
import { listRecommendations } from '../report/recommendations/recommendation-repository';
import { logDecision } from './anonymisation-repository';
import { replaceInText } from './replace-everywhere';
import { useCaseChecker } from './use-case-checker';

// Findings in what is exported besides the report body: the title page, the recommendations and
// the chronology. (The report itself is checked, and fixed, in the report's own panel.)
export function CaseFindings({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const { db } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const { checker, ignored } = useCaseChecker(db, caseId);
  const report = useLiveQuery(() => db.reports.get(caseId), [db, caseId]);
  const recommendations = useLiveQuery(() => listRecommendations(db, caseId), [db, caseId]);
  const entries = useLiveQuery(() => listEntries(db, caseId), [db, caseId]);
  const found = useMemo(() => {
    if (!checker || !recommendations || !entries) return null;
    return caseTexts(report?.titlePage ?? null, recommendations, entries).flatMap((item) =>
      checker
        .check(item.text)
        .filter((finding) => !ignored.has(ignoredKey(finding.text, findingContext(item.text, finding.start, finding.end))))
        .map((finding) => ({ item, finding })),
    );
  }, [checker, ignored, report, recommendations, entries]);
  if (!found || !checker) return null;

  async function replace(item: CaseText, finding: Finding) {
    const { text, count } = replaceInText(checker!, item.text, finding, finding.replacement);
    const place = item.place;
    await db.transaction('rw', [db.reports, db.recommendations, db.chronologyEntries, db.anonymisationLog], async () => {
      if (place.kind === 'title-page') {
        const current = await db.reports.get(caseId);
        if (current) await db.reports.update(caseId, { titlePage: { ...current.titlePage, [place.field]: text } });
      } else if (place.kind === 'recommendation') await db.recommendations.update(place.id, { [place.field]: text });
      else await db.chronologyEntries.update(place.id, { [place.field]: text });
      await logDecision(db, caseId, 'replaced', { text: finding.text, replacement: finding.replacement, count });
    });
    announce(`“${finding.text}” replaced with “${finding.replacement}” in ${item.label}.`);
  }

  return (
    <section aria-labelledby="case-findings-heading">
      <h2 id="case-findings-heading">Findings outside the report ({found.length})</h2>
      <p className="hint">The title page, the recommendations and the chronology are exported too. The report’s own findings are in the report’s “Check anonymisation” panel.</p>
      {found.length === 0 ? (
        <p className="empty">Nothing identifying found there.</p>
      ) : (
        <ul className="finding-list" aria-label="Findings outside the report">
          {found.map(({ item, finding }) => (
            <li key={`${item.label}-${finding.start}`}>
              <span className={`severity-${finding.severity}`}>{finding.severity}</span> {item.label}: “{finding.text}”
              {finding.replacement && <span className="hint"> → {finding.replacement}</span>}{' '}
              {!readOnly && finding.replacement && (
                <button type="button" onClick={() => void replace(item, finding).catch((error: unknown) => announce(String(error), 'error'))} aria-label={`Replace “${finding.text}” in ${item.label}`}>
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
