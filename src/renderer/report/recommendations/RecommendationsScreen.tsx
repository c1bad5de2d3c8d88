import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIso } from '../../../core/dates/iso-date';
import type { Recommendation } from '../../../core/report/recommendation';
import { checkRecommendation } from '../../../core/report/recommendation-checks';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { AgencyListEditor } from './AgencyListEditor';
import {
  addRecommendation,
  deleteRecommendation,
  listAgencies,
  listRecommendations,
  moveRecommendation,
  restoreRecommendation,
  updateRecommendation,
  type RecommendationChanges,
} from '../../data/recommendation-repository';
import { RecommendationItem } from './RecommendationItem';
import { RecommendationsByAgency } from './RecommendationsByAgency';

type View = 'list' | 'by-agency';

// The report's Recommendations section as structured items: wording, responsible agencies,
// target date and what each answers; flagged until complete; also shown agency by agency.
// `focusId`: the recommendation linked to (a refused publication's "Recommendation 2 has no
// target date"), opened in view with its wording focused.
export function RecommendationsScreen({ caseId, focusId }: { caseId: string; focusId?: string }) {
  const { db, readOnlyReason } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const recommendations = useLiveQuery(() => listRecommendations(db, caseId), [db, caseId]);
  const agencies = useLiveQuery(() => listAgencies(db, caseId), [db, caseId]);
  const [view, setView] = useState<View>('list');
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ recommendation: Recommendation; number: number } | null>(null);
  const readOnly = readOnlyReason !== null;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (caught) {
      announce(`That change was not saved: ${caught instanceof Error ? caught.message : String(caught)}`, 'error');
    }
  }

  if (!recommendations || !agencies) return <p className="loading">Opening the recommendations…</p>;
  const today = todayIso();
  const checked = recommendations.map((recommendation) => ({ recommendation, issues: checkRecommendation(recommendation, agencies, today) }));
  const flagged = checked.filter(({ issues }) => issues.some((issue) => issue.severity === 'flag')).length;
  const passed = checked.filter(({ issues }) => issues.some((issue) => issue.kind === 'date-passed')).length;

  return (
    <div className="recommendations-screen">
      <h1>Recommendations</h1>
      <p className="hint">
        Section 7 of the report. Each recommendation needs at least one responsible agency and a target date; the report numbers them in this order.
      </p>
      <AgencyListEditor caseId={caseId} agencies={agencies} readOnly={readOnly} />

      <section aria-labelledby="recommendations-heading">
        <div className="recommendations-toolbar">
          <h2 id="recommendations-heading">{recommendations.length === 1 ? '1 recommendation' : `${recommendations.length} recommendations`}</h2>
          <p className="recommendations-summary" aria-live="polite">
            {flagged > 0 ? `${flagged} need${flagged === 1 ? 's' : ''} attention` : recommendations.length > 0 ? 'All complete' : ''}
            {passed > 0 && ` · ${passed} past ${passed === 1 ? 'its' : 'their'} target date`}
          </p>
          <div role="group" aria-label="Show" className="view-switch">
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              In report order
            </button>
            <button type="button" aria-pressed={view === 'by-agency'} onClick={() => setView('by-agency')}>
              By agency
            </button>
          </div>
          {!readOnly && (
            <button
              type="button"
              className="primary"
              onClick={() =>
                void run(async () => {
                  const added = await addRecommendation(db, caseId);
                  setView('list');
                  setJustAdded(added.id);
                })
              }
            >
              Add recommendation
            </button>
          )}
        </div>

        {deleted && (
          <div className="undo-bar" role="status">
            Recommendation {deleted.number} deleted.{' '}
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await restoreRecommendation(db, deleted.recommendation);
                  setDeleted(null);
                })
              }
            >
              Undo
            </button>
          </div>
        )}

        {view === 'by-agency' ? (
          <RecommendationsByAgency recommendations={recommendations} agencies={agencies} />
        ) : recommendations.length === 0 ? (
          <p className="empty">No recommendations yet.</p>
        ) : (
          <ol className="recommendation-list" aria-label="Recommendations in report order">
            {checked.map(({ recommendation, issues }, index) => (
              <RecommendationItem
                key={recommendation.id}
                recommendation={recommendation}
                number={index + 1}
                count={recommendations.length}
                agencies={agencies}
                issues={issues}
                readOnly={readOnly}
                autoFocus={recommendation.id === justAdded}
                linked={recommendation.id === focusId}
                onChange={(changes: RecommendationChanges) => run(() => updateRecommendation(db, recommendation.id, changes))}
                onMove={(toIndex) => void run(() => moveRecommendation(db, caseId, recommendation.id, toIndex))}
                onDelete={() =>
                  void run(async () => {
                    const removed = await deleteRecommendation(db, caseId, recommendation.id);
                    setDeleted({ recommendation: removed, number: index + 1 });
                  })
                }
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
