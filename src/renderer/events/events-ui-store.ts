import { create } from 'zustand';
import { emptyNoteFilter, type NoteFilter } from '../../core/events/filter-notes';

// UI state of the events part: the review filter, the notes ticked for sending, and a note to
// bring into view (followed from a link in the report). Notes themselves live in Dexie.

interface EventsUiState {
  filter: NoteFilter;
  selected: ReadonlySet<string>;
  /** The note to scroll to and highlight once the event's notes are shown. */
  focusNoteId: string | null;
  setFilter(change: Partial<NoteFilter>): void;
  clearFilter(): void;
  toggleSelected(noteId: string): void;
  setSelected(noteIds: Iterable<string>): void;
  focusNote(noteId: string | null): void;
}

export const useEventsUiStore = create<EventsUiState>((set) => ({
  filter: emptyNoteFilter,
  selected: new Set(),
  focusNoteId: null,
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  clearFilter: () => set({ filter: emptyNoteFilter }),
  toggleSelected: (noteId) =>
    set((state) => {
      const selected = new Set(state.selected);
      if (selected.has(noteId)) selected.delete(noteId);
      else selected.add(noteId);
      return { selected };
    }),
  setSelected: (noteIds) => set({ selected: new Set(noteIds) }),
  focusNote: (noteId) => set({ focusNoteId: noteId }),
}));
