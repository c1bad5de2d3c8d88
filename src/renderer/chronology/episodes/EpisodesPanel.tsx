import { useId, useState, type FormEvent } from 'react';
import { formatLongUkDate } from '../../../core/dates/format-uk-date';
import type { ChronologyEntry } from '../../../core/chronology/chronology-entry';
import type { KeyPracticeEpisode } from '../../../core/chronology/key-practice-episode';
import { useDatabase } from '../../data/database-context';
import { UkDateInput } from '../../ui/UkDateInput';
import { addEpisode, deleteEpisode, updateEpisode, type EpisodeFields } from '../../data/chronology-repository';
import { useChronologyUiStore } from '../chronology-ui-store';
import { ErrorAlert } from '../../ui/ErrorAlert';

// Key practice episodes: defined here, tagged on entries, listed for the analysis.
export function EpisodesPanel({
  caseId,
  episodes,
  entries,
  readOnly,
}: {
  caseId: string;
  episodes: readonly KeyPracticeEpisode[];
  entries: readonly ChronologyEntry[];
  readOnly: boolean;
}) {
  const { db } = useDatabase();
  const setFilter = useChronologyUiStore((state) => state.setFilter);
  const [editing, setEditing] = useState<KeyPracticeEpisode | 'new' | null>(null);
  const counts = new Map<string, number>();
  for (const entry of entries) for (const episodeId of entry.episodeIds) counts.set(episodeId, (counts.get(episodeId) ?? 0) + 1);

  return (
    <section className="episodes-panel" aria-labelledby="episodes-heading">
      <h2 id="episodes-heading">Key practice episodes</h2>
      {episodes.length === 0 && (
        <p className="empty">None yet. An episode is a period or decision worth analysing, for example “The referral, October 2022”.</p>
      )}
      <ol>
        {episodes.map((episode) => (
          <li key={episode.id}>
            <strong>{episode.title}</strong>{' '}
            <span className="hint">
              {formatLongUkDate(episode.from)} to {formatLongUkDate(episode.to)} · {counts.get(episode.id) ?? 0} entries
            </span>
            {episode.description && <p>{episode.description}</p>}
            <span className="row-actions">
              <button type="button" onClick={() => setFilter({ episodeId: episode.id })} aria-label={`Show the entries of ${episode.title}`}>
                Show entries
              </button>
              {!readOnly && (
                <>
                  <button type="button" onClick={() => setEditing(episode)} aria-label={`Edit ${episode.title}`}>
                    Edit
                  </button>
                  <button type="button" onClick={() => void deleteEpisode(db, episode)} aria-label={`Delete ${episode.title}`}>
                    Delete
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
      {!readOnly && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          Add episode
        </button>
      )}
      {editing !== null && (
        <EpisodeForm
          initial={editing === 'new' ? null : editing}
          onSave={(fields) => (editing === 'new' ? addEpisode(db, caseId, fields) : updateEpisode(db, editing.id, fields))}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function EpisodeForm({
  initial,
  onSave,
  onDone,
}: {
  initial: KeyPracticeEpisode | null;
  onSave: (fields: EpisodeFields) => Promise<unknown>;
  onDone: () => void;
}) {
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [from, setFrom] = useState<string | null>(initial?.from ?? null);
  const [to, setTo] = useState<string | null>(initial?.to ?? null);
  const [description, setDescription] = useState(initial?.description ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to) {
      setError('Give the dates the episode runs from and to.');
      return;
    }
    try {
      await onSave({ title, from, to, description });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <form className="episode-form" onSubmit={(event) => void submit(event)} aria-label={initial ? 'Edit episode' : 'New episode'}>
      <div className="field">
        <label htmlFor={`${id}-title`}>Episode title</label>
        <input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} />
      </div>
      <UkDateInput label="Episode from" value={from} onChange={setFrom} />
      <UkDateInput label="Episode to" value={to} onChange={setTo} />
      <div className="field">
        <label htmlFor={`${id}-description`}>Short description</label>
        <textarea id={`${id}-description`} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <ErrorAlert message={error} />
      <p className="row-actions">
        <button type="submit" className="primary">
          Save episode
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
