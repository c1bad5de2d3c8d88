import { compareIsoDates } from '../dates/iso-date';
import type { Agency, Recommendation } from './recommendation';

export interface AgencyRecommendation {
  /** The recommendation's number in the report (1-based). */
  number: number;
  recommendation: Recommendation;
}

export interface AgencyRecommendations {
  /** Null for the group of recommendations that have no agency yet. */
  agency: Agency | null;
  recommendations: AgencyRecommendation[];
}

// Soonest target date first; undated last; then by number.
function byDateThenNumber(a: AgencyRecommendation, b: AgencyRecommendation): number {
  const dateA = a.recommendation.targetDate;
  const dateB = b.recommendation.targetDate;
  if (dateA && dateB && dateA !== dateB) return compareIsoDates(dateA, dateB);
  if (dateA && !dateB) return -1;
  if (!dateA && dateB) return 1;
  return a.number - b.number;
}

/**
 * Each agency's recommendations, as an agency reads its actions from the report: agencies in
 * alphabetical order, then "no agency yet". A recommendation shared by two agencies appears under
 * both. Agencies with nothing to do are left out.
 */
export function recommendationsByAgency(recommendations: readonly Recommendation[], agencies: readonly Agency[]): AgencyRecommendations[] {
  const numbered = [...recommendations].sort((a, b) => a.order - b.order).map((recommendation, index) => ({ number: index + 1, recommendation }));
  const groups = [...agencies]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((agency) => ({ agency, recommendations: numbered.filter((item) => item.recommendation.agencyIds.includes(agency.id)).sort(byDateThenNumber) }))
    .filter((group) => group.recommendations.length > 0);
  const known = new Set(agencies.map((agency) => agency.id));
  const unassigned = numbered.filter((item) => !item.recommendation.agencyIds.some((id) => known.has(id)));
  return unassigned.length > 0 ? [...groups, { agency: null, recommendations: unassigned.sort(byDateThenNumber) }] : groups;
}
