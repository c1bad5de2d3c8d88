import { create } from 'zustand';
import { emptyChronologyFilter, type ChronologyFilter } from '../../core/chronology/filter-chronology';

// Where the reviewer is in the chronology: filter, selected entry, table or timeline. UI state
// only; the entries are read from Dexie with live queries.

export type ChronologyView = 'table' | 'timeline';

interface ChronologyUiState {
  filter: ChronologyFilter;
  /** Counts "Clear filters", so typed-in fields can start afresh. */
  clearCount: number;
  selectedId: string | null;
  view: ChronologyView;
  setFilter(changes: Partial<ChronologyFilter>): void;
  clearFilter(): void;
  select(id: string | null): void;
  setView(view: ChronologyView): void;
}

export const useChronologyUiStore = create<ChronologyUiState>((set) => ({
  filter: emptyChronologyFilter,
  clearCount: 0,
  selectedId: null,
  view: 'table',
  setFilter: (changes) => set((state) => ({ filter: { ...state.filter, ...changes } })),
  clearFilter: () => set((state) => ({ filter: emptyChronologyFilter, clearCount: state.clearCount + 1 })),
  select: (selectedId) => set({ selectedId }),
  setView: (view) => set({ view }),
}));
