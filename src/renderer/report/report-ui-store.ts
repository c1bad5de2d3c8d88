import { create } from 'zustand';
import type { SaveStatus } from '../data/debounced-saver';
import type { ReplacedEverywhere } from './review/ReplaceEverywhereDialog';

// UI state of the report screen only; the report itself lives in the editor and in Dexie.
export type ReportDialog = 'title-page' | 'save-version' | 'versions' | 'chronology-reference' | null;

interface ReportUiState {
  saveStatus: SaveStatus;
  findOpen: boolean;
  dialog: ReportDialog;
  setSaveStatus(status: SaveStatus): void;
  setFindOpen(open: boolean): void;
  openDialog(dialog: ReportDialog): void;
  /** The last "replace everywhere" of a case, until undone or replaced by another. */
  lastEverywhere: { caseId: string; done: ReplacedEverywhere } | null;
  setLastEverywhere(last: { caseId: string; done: ReplacedEverywhere } | null): void;
}

export const useReportUiStore = create<ReportUiState>((set) => ({
  saveStatus: { state: 'saved' },
  findOpen: false,
  dialog: null,
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  setFindOpen: (findOpen) => set({ findOpen }),
  openDialog: (dialog) => set({ dialog }),
  lastEverywhere: null,
  setLastEverywhere: (lastEverywhere) => set({ lastEverywhere }),
}));
