import type { PublicationFinding } from '../../core/export/publication-check';
import type { ReadinessPlace } from '../../core/export/publication-readiness';
import type { Route } from '../app/ui-store';

// Where each item of a refused publication is put right. The report opens at `title-page`,
// `section:<key>` or `paragraph:<number>`; the recommendations at a recommendation's id. Text
// outside the report body (title page fields, recommendations, agencies, the chronology
// appendix) is listed and replaced on the Identifiers screen.

export function readinessRoute(caseId: string, place: ReadinessPlace): Route {
  if (place.kind === 'recommendation') return { name: 'case', caseId, part: 'recommendations', itemId: place.id };
  return { name: 'case', caseId, part: 'report', itemId: place.kind === 'section' ? `section:${place.key}` : 'title-page' };
}

export function findingRoute(caseId: string, finding: Pick<PublicationFinding, 'sectionKey' | 'paragraph'>): Route {
  if (!finding.sectionKey) return { name: 'case', caseId, part: 'identifiers' };
  return { name: 'case', caseId, part: 'report', itemId: finding.paragraph ? `paragraph:${finding.paragraph}` : `section:${finding.sectionKey}` };
}
