import { isStatutorySectionKey, statutorySectionDefinition } from '../../../core/report/statutory-sections';

// What the section the reviewer is writing in must cover; collapsible, open by default.
export function SectionGuidance({ sectionKey }: { sectionKey: string | null }) {
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
    </details>
  );
}
