import { compareIsoDates } from '../dates/iso-date';
import type { Agency, Recommendation } from './recommendation';

// What a reviewer must put right before a recommendation is complete (flags), and what they
// should look at again (warnings). The DOCX export and the CLI use the same checks.

export type RecommendationIssueKind = 'no-text' | 'no-agency' | 'unknown-agency' | 'no-date' | 'date-passed';

export interface RecommendationIssue {
  kind: RecommendationIssueKind;
  severity: 'flag' | 'warning';
  message: string;
}

export function checkRecommendation(recommendation: Recommendation, agencies: readonly Agency[], todayIso: string): RecommendationIssue[] {
  const issues: RecommendationIssue[] = [];
  const known = new Set(agencies.map((agency) => agency.id));
  if (recommendation.text.trim() === '') issues.push({ kind: 'no-text', severity: 'flag', message: 'No wording yet.' });
  if (recommendation.agencyIds.length === 0) {
    issues.push({ kind: 'no-agency', severity: 'flag', message: 'No responsible agency.' });
  } else if (recommendation.agencyIds.some((id) => !known.has(id))) {
    issues.push({ kind: 'unknown-agency', severity: 'flag', message: 'A responsible agency is no longer in the case’s list of agencies.' });
  }
  if (recommendation.targetDate === null) {
    issues.push({ kind: 'no-date', severity: 'flag', message: 'No target date.' });
  } else if (compareIsoDates(recommendation.targetDate, todayIso) < 0) {
    issues.push({ kind: 'date-passed', severity: 'warning', message: 'The target date has passed.' });
  }
  return issues;
}

/** Numbers ("Recommendation 3") of the recommendations that have at least one flag. */
export function flaggedRecommendationNumbers(recommendations: readonly Recommendation[], agencies: readonly Agency[], todayIso: string): number[] {
  return [...recommendations]
    .sort((a, b) => a.order - b.order)
    .flatMap((recommendation, index) =>
      checkRecommendation(recommendation, agencies, todayIso).some((issue) => issue.severity === 'flag') ? [index + 1] : [],
    );
}
