import { useId } from 'react';
import { isFilterActive } from '../../core/chronology/filter-chronology';
import type { KeyPracticeEpisode } from '../../core/chronology/key-practice-episode';
import { UkDateInput } from '../ui/UkDateInput';
import { useChronologyUiStore } from './chronology-ui-store';

// Filter by agency, date range, key practice episode and text.
export function ChronologyFilterBar({
  agencies,
  episodes,
  shown,
  total,
}: {
  agencies: readonly string[];
  episodes: readonly KeyPracticeEpisode[];
  shown: number;
  total: number;
}) {
  const id = useId();
  const filter = useChronologyUiStore((state) => state.filter);
  const setFilter = useChronologyUiStore((state) => state.setFilter);
  const clearFilter = useChronologyUiStore((state) => state.clearFilter);
  const clearCount = useChronologyUiStore((state) => state.clearCount);
  return (
    <form className="chronology-filters" role="search" aria-label="Filter the chronology" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-text`}>Search</label>
        <input id={`${id}-text`} type="search" value={filter.text} onChange={(event) => setFilter({ text: event.target.value })} />
      </div>
      <fieldset className="agency-filter">
        <legend>Agencies</legend>
        {agencies.map((agency) => (
          <label key={agency} className="checkbox">
            <input
              type="checkbox"
              checked={filter.agencies.includes(agency)}
              onChange={(event) =>
                setFilter({ agencies: event.target.checked ? [...filter.agencies, agency] : filter.agencies.filter((item) => item !== agency) })
              }
            />
            {agency}
          </label>
        ))}
      </fieldset>
      {/* Re-keyed by "Clear filters" so the typed text empties too. */}
      <UkDateInput key={`from-${clearCount}`} label="From" value={filter.from} onChange={(iso) => iso !== filter.from && setFilter({ from: iso })} />
      <UkDateInput key={`to-${clearCount}`} label="To" value={filter.to} onChange={(iso) => iso !== filter.to && setFilter({ to: iso })} />
      <div className="field">
        <label htmlFor={`${id}-episode`}>Key practice episode</label>
        <select id={`${id}-episode`} value={filter.episodeId ?? ''} onChange={(event) => setFilter({ episodeId: event.target.value || null })}>
          <option value="">Any</option>
          {episodes.map((episode, index) => (
            <option key={episode.id} value={episode.id}>
              {index + 1}. {episode.title}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-count" aria-live="polite">
        {isFilterActive(filter)
          ? `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} entries`
          : `${total.toLocaleString('en-GB')} entries`}
      </p>
      {isFilterActive(filter) && (
        <button type="button" onClick={clearFilter}>
          Clear filters
        </button>
      )}
    </form>
  );
}
