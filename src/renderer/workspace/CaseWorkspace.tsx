import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { useDatabase } from '../data/database-context';
import { useUiStore, type CasePart } from '../app/ui-store';
import { CaseOverview } from './CaseOverview';
import { getCase } from '../data/case-repository';

// The case's parts load when first opened, so the case list does not wait for the editor,
// the chronology and the checker. (Bundled with the app: nothing is fetched from elsewhere.)
const ReportScreen = lazy(() => import('../report/ReportScreen').then((module) => ({ default: module.ReportScreen })));
const RecommendationsScreen = lazy(() =>
  import('../report/recommendations/RecommendationsScreen').then((module) => ({ default: module.RecommendationsScreen })),
);
const ChronologyScreen = lazy(() => import('../chronology/ChronologyScreen').then((module) => ({ default: module.ChronologyScreen })));
const ExportScreen = lazy(() => import('../export/ExportScreen').then((module) => ({ default: module.ExportScreen })));
const EventsScreen = lazy(() => import('../events/EventsScreen').then((module) => ({ default: module.EventsScreen })));
const IdentifiersScreen = lazy(() => import('../anonymise/IdentifiersScreen').then((module) => ({ default: module.IdentifiersScreen })));

// The parts of a case that exist so far; later features add theirs here.
const caseParts: { part: CasePart; label: string }[] = [
  { part: 'overview', label: 'Overview' },
  { part: 'report', label: 'Report' },
  { part: 'recommendations', label: 'Recommendations' },
  { part: 'chronology', label: 'Chronology' },
  { part: 'events', label: 'Events' },
  { part: 'identifiers', label: 'Identifiers' },
  { part: 'export', label: 'Export' },
];

export function CaseWorkspace({ caseId, part, itemId }: { caseId: string; part: CasePart; itemId?: string }) {
  const { db } = useDatabase();
  const navigate = useUiStore((state) => state.navigate);
  const record = useLiveQuery(async () => (await getCase(db, caseId)) ?? null, [db, caseId]);

  if (record === undefined) return <p className="loading">Opening the case…</p>;
  if (record === null) {
    return (
      <section className="missing-case">
        <h1>Case not found</h1>
        <p>This case is not on this computer: it may have been deleted.</p>
        <button type="button" onClick={() => navigate({ name: 'cases' })}>
          Back to cases
        </button>
      </section>
    );
  }

  return (
    <div className="workspace">
      <nav className="case-nav" aria-label="Case">
        <p className="case-nav-title">{record.reviewName}</p>
        <ul>
          {caseParts.map((item) => (
            <li key={item.part}>
              <a
                href={`#/case/${encodeURIComponent(caseId)}/${item.part}`}
                aria-current={item.part === part ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ name: 'case', caseId, part: item.part });
                }}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="workspace-main" id="main">
        {part === 'overview' && <CaseOverview record={record} />}
        <Suspense fallback={<p className="loading">Opening…</p>}>
          {part === 'report' && <ReportScreen record={record} target={itemId} />}
          {part === 'recommendations' && <RecommendationsScreen caseId={record.id} focusId={itemId} />}
          {part === 'chronology' && <ChronologyScreen caseId={record.id} reviewName={record.reviewName} />}
          {part === 'events' && <EventsScreen record={record} eventId={itemId ?? null} />}
          {part === 'identifiers' && <IdentifiersScreen caseId={record.id} reviewName={record.reviewName} />}
          {part === 'export' && <ExportScreen caseId={record.id} />}
        </Suspense>
      </main>
    </div>
  );
}
