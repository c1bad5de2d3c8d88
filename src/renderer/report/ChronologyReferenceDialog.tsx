import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import { filterChronology, emptyChronologyFilter } from '../../core/chronology/filter-chronology';
import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { useDatabase } from '../data/database-context';
import { listEntries, listEpisodes } from '../data/chronology-repository';
import { ModalDialog } from '../ui/ModalDialog';
import type { ChronologyReferenceAttrs } from './editor/chronology-reference-node';

/** The label a reference shows: an entry's agency and date, or an episode's number and title. */
export function entryReferenceLabel(entry: { agency: string; date: string; precision: 'day' | 'month' | 'year'; approximate: boolean }): string {
  const date = entry.precision === 'day' ? formatLongUkDate(entry.date) : formatChronologyDate(entry);
  return `${entry.agency}, ${entry.approximate && entry.precision === 'day' ? `c. ${date}` : date}`;
}

// Chooses a chronology entry or key practice episode to refer to from the report.
export function ChronologyReferenceDialog({
  caseId,
  onInsert,
  onClose,
}: {
  caseId: string;
  onInsert: (attrs: ChronologyReferenceAttrs) => void;
  onClose: () => void;
}) {
  const { db } = useDatabase();
  const id = useId();
  const [query, setQuery] = useState('');
  const entries = useLiveQuery(() => listEntries(db, caseId), [db, caseId]);
  const episodes = useLiveQuery(() => listEpisodes(db, caseId), [db, caseId]);
  const matches = entries ? filterChronology(entries, { ...emptyChronologyFilter, text: query }).slice(0, 50) : [];
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const matchingEpisodes = (episodes ?? [])
    .map((episode, index) => ({ episode, number: index + 1 }))
    .filter(({ episode }) => words.every((word) => episode.title.toLocaleLowerCase('en-GB').includes(word)));

  return (
    <ModalDialog title="Refer to the chronology" onClose={onClose} className="reference-dialog">
      <div className="field">
        <label htmlFor={`${id}-search`}>Find an entry or episode</label>
        <input id={`${id}-search`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      </div>
      {!entries || !episodes ? (
        <p className="loading">Loading the chronology…</p>
      ) : entries.length === 0 && episodes.length === 0 ? (
        <p className="empty">The chronology is empty: import the agencies’ chronologies first.</p>
      ) : (
        <>
          {matchingEpisodes.length > 0 && (
            <>
              <h3>Key practice episodes</h3>
              <ul className="reference-choices">
                {matchingEpisodes.map(({ episode, number }) => (
                  <li key={episode.id}>
                    <button type="button" onClick={() => onInsert({ kind: 'episode', refId: episode.id, label: `Episode ${number}: ${episode.title}` })}>
                      Episode {number}: {episode.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Entries</h3>
          <ul className="reference-choices">
            {matches.map((entry) => (
              <li key={entry.id}>
                <button type="button" onClick={() => onInsert({ kind: 'entry', refId: entry.id, label: entryReferenceLabel(entry) })}>
                  <strong>{entryReferenceLabel(entry)}</strong>: {entry.text.slice(0, 100)}
                </button>
              </li>
            ))}
          </ul>
          {matches.length === 50 && <p className="hint">The first 50 matches: type more to narrow them down.</p>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
