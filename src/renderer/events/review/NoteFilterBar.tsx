import { useId } from 'react';
import { isNoteFilterEmpty } from '../../../core/events/filter-notes';
import { tagLabel } from '../../../core/events/note-tags';
import { attendeeLabel, type Attendee, type NoteTheme } from '../../../core/events/practitioner-event';
import { useEventsUiStore } from '../events-ui-store';

interface NoteFilterBarProps {
  attendees: readonly Attendee[];
  tags: readonly { tag: string; count: number }[];
  themes: readonly NoteTheme[];
  shown: number;
  total: number;
}

// Filter the notes by text, tag, who said them, their agency and theme, all at once.
export function NoteFilterBar({ attendees, tags, themes, shown, total }: NoteFilterBarProps) {
  const id = useId();
  const filter = useEventsUiStore((state) => state.filter);
  const setFilter = useEventsUiStore((state) => state.setFilter);
  const clearFilter = useEventsUiStore((state) => state.clearFilter);
  const agencies = [...new Set(attendees.map((attendee) => attendee.agency).filter((agency) => agency !== ''))].sort();
  return (
    <div className="note-filter" role="search" aria-label="Filter the notes">
      <div className="field">
        <label htmlFor={`${id}-text`}>Search the notes</label>
        <input id={`${id}-text`} type="search" value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select id={`${id}-tag`} value={filter.tags[0] ?? ''} onChange={(e) => setFilter({ tags: e.target.value ? [e.target.value] : [] })}>
          <option value="">Any tag</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {tagLabel(tag)} ({count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Said by</label>
        <select id={`${id}-role`} value={filter.attendeeId ?? ''} onChange={(e) => setFilter({ attendeeId: e.target.value || null })}>
          <option value="">Anyone</option>
          {attendees.map((attendee) => (
            <option key={attendee.id} value={attendee.id}>
              {attendeeLabel(attendee)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agency`}>Agency</label>
        <select id={`${id}-agency`} value={filter.agency ?? ''} onChange={(e) => setFilter({ agency: e.target.value || null })}>
          <option value="">Any agency</option>
          {agencies.map((agency) => (
            <option key={agency} value={agency}>
              {agency}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select id={`${id}-theme`} value={filter.themeId ?? ''} onChange={(e) => setFilter({ themeId: e.target.value || null })}>
          <option value="">Any theme</option>
          <option value="none">Not in a theme</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <p className="note-count" role="status">
        {isNoteFilterEmpty(filter) ? `${total} notes` : `${shown} of ${total} notes`}
      </p>
      {!isNoteFilterEmpty(filter) && (
        <button type="button" onClick={clearFilter}>
          Clear filter
        </button>
      )}
    </div>
  );
}
