import { create } from 'zustand';
import type { ImportDialogState } from './ImportCaseDialog';

// Which case dialog is open: UI state shared by the case list and the case workspace.
export type CaseDialog =
  | { kind: 'create' }
  | { kind: 'edit'; caseId: string }
  | { kind: 'delete'; caseId: string }
  | { kind: 'import'; state: ImportDialogState }
  | { kind: 'export'; caseId: string }
  | { kind: 'unlock-import'; fileName: string; text: string };

interface CaseDialogState {
  dialog: CaseDialog | null;
  open(dialog: CaseDialog): void;
  close(): void;
}

export const useCaseDialogStore = create<CaseDialogState>((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
