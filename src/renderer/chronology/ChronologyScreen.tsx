import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { chronologyToCsv } from '../../core/chronology/chronology-csv';
import type { ChronologyEntry } from '../../core/chronology/chronology-entry';
import { filterChronology } from '../../core/chronology/filter-chronology';
import { findPossibleDuplicates } from '../../core/chronology/find-possible-duplicates';
import { useDatabase } from '../data/database-context';
import { useUiStore } from '../app/ui-store';
import { currentPlatform } from '../platform/current-platform';
import { AddEntryDialog } from './AddEntryDialog';
import { ChronologyFilterBar } from './ChronologyFilterBar';
import { ChronologyTable } from './ChronologyTable';
import { deleteEntries, listEntries, listEpisodes, listProblems, restoreEntries, setEntryEpisode, updateEntry } from '../data/chronology-repository';
import { useChronologyUiStore } from './chronology-ui-store';
import { EntryPanel } from './EntryPanel';
import { EpisodesPanel } from './episodes/EpisodesPanel';
import { ImportChronologyDialog } from './import/ImportChronologyDialog';
import { ProblemRowsPanel } from './ProblemRowsPanel';
import { ChronologyTimeline } from './timeline/ChronologyTimeline';

// The integrated chronology: every agency's entries merged in date order, filtered, edited in
// place, with possible duplicates linked and key practice episodes tagged.
export function ChronologyScreen({ caseId, reviewName }: { caseId: string; reviewName: string }) {
  const { db, readOnlyReason } = useDatabase();
  const announce = useUiStore((state) => state.announce);
  const filter = useChronologyUiStore((state) => state.filter);
  const selectedId = useChronologyUiStore((state) => state.selectedId);
  const select = useChronologyUiStore((state) => state.select);
  const view = useChronologyUiStore((state) => state.view);
  const setView = useChronologyUiStore((state) => state.setView);
  const entries = useLiveQuery(() => listEntries(db, caseId), [db, caseId]);
  const episodes = useLiveQuery(() => listEpisodes(db, caseId), [db, caseId]);
  const problems = useLiveQuery(() => listProblems(db, caseId), [db, caseId]);
  const [dialog, setDialog] = useState<'import' | 'add' | null>(null);
  const [deleted, setDeleted] = useState<ChronologyEntry[] | null>(null);
  const readOnly = readOnlyReason !== null;

  const agencies = useMemo(() => [...new Set((entries ?? []).map((entry) => entry.agency))].sort((a, b) => a.localeCompare(b, 'en-GB')), [entries]);
  const shown = useMemo(() => filterChronology(entries ?? [], filter), [entries, filter]);
  const duplicates = useMemo(() => findPossibleDuplicates(entries ?? []), [entries]);
  const episodeTitles = useMemo(() => new Map((episodes ?? []).map((episode, index) => [episode.id, `${index + 1}. ${episode.title}`])), [episodes]);
  const byId = useMemo(() => new Map((entries ?? []).map((entry) => [entry.id, entry])), [entries]);

  if (!entries || !episodes || !problems) return <p className="loading">Opening the chronology…</p>;
  const selected = selectedId ? byId.get(selectedId) : undefined;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (caught) {
      announce(`That change was not saved: ${caught instanceof Error ? caught.message : String(caught)}`, 'error');
    }
  }

  async function exportCsv() {
    const csv = chronologyToCsv(shown, episodeTitles);
    const name = `${reviewName.replace(/[^\p{L}\p{N}]+/gu, '-')}-chronology.csv`;
    const result = await currentPlatform.saveFile({ suggestedName: name, contents: csv, filters: [{ name: 'CSV for Excel', extensions: ['csv'] }] });
    if (result.saved) announce(`Chronology exported as ${result.fileName ?? name} (${shown.length} entries).`);
  }

  return (
    <div className="chronology-screen">
      <div className="chronology-header">
        <h1>Chronology</h1>
        <div className="toolbar" role="toolbar" aria-label="Chronology actions">
          {!readOnly && (
            <>
              <button type="button" className="primary" onClick={() => setDialog('import')}>
                Import files…
              </button>
              <button type="button" onClick={() => setDialog('add')}>
                Add entry
              </button>
            </>
          )}
          <button type="button" onClick={() => void run(exportCsv)} disabled={shown.length === 0}>
            Export CSV
          </button>
          <div role="group" aria-label="Show as" className="view-switch">
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              Table
            </button>
            <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              Timeline
            </button>
          </div>
        </div>
      </div>
      {deleted && (
        <div className="undo-bar" role="status">
          Entry deleted.{' '}
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                await restoreEntries(db, deleted);
                select(deleted[0]?.id ?? null);
                setDeleted(null);
              })
            }
          >
            Undo
          </button>
        </div>
      )}
      <ProblemRowsPanel problems={problems} readOnly={readOnly} />
      <ChronologyFilterBar agencies={agencies} episodes={episodes} shown={shown.length} total={entries.length} />
      {entries.length === 0 ? (
        <p className="empty">No entries yet. Import the agencies’ chronologies (CSV or Excel), or add entries by hand.</p>
      ) : (
        <div className="chronology-body">
          {view === 'table' ? (
            <ChronologyTable entries={shown} duplicates={duplicates} episodeTitles={episodeTitles} selectedId={selectedId} onSelect={select} />
          ) : (
            <ChronologyTimeline entries={shown} episodes={episodes} selectedId={selectedId} onOpenEntry={select} />
          )}
          {selected && (
            <EntryPanel
              entry={selected}
              episodes={episodes}
              duplicates={(duplicates.get(selected.id) ?? []).flatMap((id) => byId.get(id) ?? [])}
              readOnly={readOnly}
              onChange={(changes) => run(() => updateEntry(db, selected.id, changes))}
              onTag={(episodeId, tagged) => void run(() => setEntryEpisode(db, selected.id, episodeId, tagged))}
              onSelect={select}
              onDelete={() =>
                void run(async () => {
                  setDeleted(await deleteEntries(db, [selected.id]));
                  select(null);
                })
              }
            />
          )}
        </div>
      )}
      <EpisodesPanel caseId={caseId} episodes={episodes} entries={entries} readOnly={readOnly} />
      {dialog === 'import' && <ImportChronologyDialog caseId={caseId} onClose={() => setDialog(null)} />}
      {dialog === 'add' && <AddEntryDialog caseId={caseId} agencies={agencies} onAdded={(entry) => select(entry.id)} onClose={() => setDialog(null)} />}
    </div>
  );
}
