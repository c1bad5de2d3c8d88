import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import type { Agency, Recommendation } from '../../../core/report/recommendation';
import { recommendationsByAgency } from '../../../core/report/recommendations-by-agency';

// Each agency's actions with their dates: what the partnership sends each agency to act on.
export function RecommendationsByAgency({ recommendations, agencies }: { recommendations: readonly Recommendation[]; agencies: readonly Agency[] }) {
  const groups = recommendationsByAgency(recommendations, agencies);
  if (groups.length === 0) return <p className="empty">No recommendations yet.</p>;
  return (
    <div className="by-agency">
      {groups.map((group) => {
        const title = group.agency?.name ?? 'No agency yet';
        return (
          <section key={group.agency?.id ?? 'none'} aria-label={title}>
            <h3>{title}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">Recommendation</th>
                  <th scope="col">Target date</th>
                </tr>
              </thead>
              <tbody>
                {group.recommendations.map(({ number, recommendation }) => (
                  <tr key={recommendation.id}>
                    <td>{number}</td>
                    <td>{recommendation.text.trim() || <span className="hint">No wording yet</span>}</td>
                    <td>{recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : <span className="hint">Not set</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
