import { RecommendationsSummary } from './RecommendationsSummary';
import { isStatutorySectionKey, statutorySectionDefinition } from '../../../core/report/statutory-sections';

// What the section the reviewer is writing in must cover; collapsible, open by default.
export function SectionGuidance({ sectionKey, caseId }: { sectionKey: string | null; caseId: string }) {
  if (!sectionKey || !isStatutorySectionKey(sectionKey)) return null;
  const definition = statutorySectionDefinition(sectionKey);
  return (
    <details className="section-guidance" open>
      <summary>Guidance: {definition.title}</summary>
      <ul>
        {definition.guidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {sectionKey === 'recommendations' && <RecommendationsSummary caseId={caseId} />}
    </details>
  );
}
