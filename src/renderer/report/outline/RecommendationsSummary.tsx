import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../../core/dates/iso-date';
import { flaggedRecommendationNumbers } from '../../../core/report/recommendation-checks';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../app/ui-store';
import { listAgencies, listRecommendations } from '../../data/recommendation-repository';

// In the report's Recommendations section: the structured recommendations are kept on their own
// screen; this says how many there are and which need attention, and leads there.
export function RecommendationsSummary({ caseId }: { caseId: string }) {
  const { db } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const summary = useLiveQuery(async () => {
    const [recommendations, agencies] = await Promise.all([listRecommendations(db, caseId), listAgencies(db, caseId)]);
    return { count: recommendations.length, flagged: flaggedRecommendationNumbers(recommendations, agencies, todayIso()) };
  }, [db, caseId]);
  if (!summary) return null;
  const { count, flagged } = summary;
  return (
    <p className="recommendations-link">
      {count === 0 ? 'No structured recommendations yet.' : `${count} structured recommendation${count === 1 ? '' : 's'}`}
      {flagged.length > 0 && `; ${flagged.length === 1 ? `recommendation ${flagged[0]} needs` : `recommendations ${flagged.join(', ')} need`} attention`}
      {count > 0 && '.'}{' '}
      <a
        href={`#/case/${encodeURIComponent(caseId)}/recommendations`}
        onClick={(event) => {
          event.preventDefault();
          navigate({ name: 'case', caseId, part: 'recommendations' });
        }}
      >
        Open the recommendations
      </a>
    </p>
  );
}
