import { useId } from 'react';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import type { ChronologyEntry } from '../../core/chronology/chronology-entry';
import type { KeyPracticeEpisode } from '../../core/chronology/key-practice-episode';
import { useSavedText } from '../data/use-saved-text';
import type { EntryChanges } from '../data/chronology-repository';
import { EntryDateField } from './EntryDateField';

interface EntryPanelProps {
  entry: ChronologyEntry;
  episodes: readonly KeyPracticeEpisode[];
  duplicates: readonly ChronologyEntry[];
  readOnly: boolean;
  /** Resolves once the change is stored, so a save in progress can be waited for (locking). */
  onChange: (changes: EntryChanges) => Promise<void>;
  onTag: (episodeId: string, tagged: boolean) => void;
  onSelect: (id: string) => void;
  onDelete: () => void;
}

function TextField({
  label,
  value,
  multiline,
  readOnly,
  onSave,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  readOnly: boolean;
  onSave: (text: string) => Promise<void>;
}) {
  const id = useId();
  const field = useSavedText(value, onSave);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          rows={4}
          lang="en-GB"
          spellCheck
          readOnly={readOnly}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
        />
      ) : (
        <input id={id} readOnly={readOnly} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      )}
    </div>
  );
}

// The selected entry, edited in place: every field saves as the reviewer leaves it.
export function EntryPanel({ entry, episodes, duplicates, readOnly, onChange, onTag, onSelect, onDelete }: EntryPanelProps) {
  return (
    <section className="entry-panel" aria-label="Selected entry">
      <h2>
        {entry.agency}, {formatChronologyDate(entry)}
      </h2>
      {entry.origin && (
        <p className="hint">
          From {entry.origin.file}, row {entry.origin.row}
        </p>
      )}
      {/* Keyed by entry so switching entries never carries typed text across. */}
      <div key={entry.id}>
        <EntryDateField value={entry} readOnly={readOnly} onCommit={(date) => onChange(date)} />
        <TextField label="Agency" value={entry.agency} readOnly={readOnly} onSave={(agency) => onChange({ agency: agency.trim() || entry.agency })} />
        <TextField label="Practitioner role" value={entry.role} readOnly={readOnly} onSave={(role) => onChange({ role })} />
        <TextField label="Source" value={entry.source} readOnly={readOnly} onSave={(source) => onChange({ source })} />
        <TextField label="What happened" value={entry.text} multiline readOnly={readOnly} onSave={(text) => onChange({ text })} />
        <TextField label="Outcome or action taken" value={entry.outcome} readOnly={readOnly} onSave={(outcome) => onChange({ outcome })} />
        <TextField label="Analysis or significance" value={entry.analysis} multiline readOnly={readOnly} onSave={(analysis) => onChange({ analysis })} />
      </div>
      {episodes.length > 0 && (
        <fieldset className="episode-choices">
          <legend>Key practice episodes</legend>
          {episodes.map((episode, index) => (
            <label key={episode.id} className="checkbox">
              <input
                type="checkbox"
                disabled={readOnly}
                checked={entry.episodeIds.includes(episode.id)}
                onChange={(event) => onTag(episode.id, event.target.checked)}
              />
              {index + 1}. {episode.title}
            </label>
          ))}
        </fieldset>
      )}
      {duplicates.length > 0 && (
        <div className="warning">
          <p>Possibly the same event as:</p>
          <ul>
            {duplicates.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                  {other.agency}, {formatChronologyDate(other)}: {other.text.slice(0, 80)}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">Both are kept: delete one yourself if they are the same.</p>
        </div>
      )}
      {!readOnly && (
        <button type="button" className="danger" onClick={onDelete}>
          Delete entry
        </button>
      )}
    </section>
  );
}
