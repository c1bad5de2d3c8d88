import type { ChronologyDate } from './chronology-date';

// One line of the integrated chronology: what one agency recorded, when, by which role, and the
// reviewer's view of its significance.

export interface EntryOrigin {
  /** The agency's file name, as imported. */
  file: string;
  /** Spreadsheet row number: the header is row 1, blank rows count. */
  row: number;
}

export interface ChronologyEntry extends ChronologyDate {
  id: string;
  caseId: string;
  agency: string;
  /** The record or document the entry comes from ("Incident log", "HV record"). */
  source: string;
  /** Practitioner by role, never by name. */
  role: string;
  /** What happened. */
  text: string;
  /** Action taken or outcome, as the agency recorded it. */
  outcome: string;
  /** The reviewer's analysis or significance. */
  analysis: string;
  /** Ids of the key practice episodes the entry is tagged with. */
  episodeIds: string[];
  /** Where it came from; null for an entry added by hand. */
  origin: EntryOrigin | null;
  /** Keeps the order stable among entries with the same date: import order, then addition. */
  sequence: number;
  /** Sort key (earliest day, precision, time, sequence), kept for an IndexedDB index. */
  sortKey: string;
}

/** The fields an import or the reviewer supplies; the rest is derived or assigned on save. */
export type ChronologyEntryDraft = Omit<ChronologyEntry, 'id' | 'caseId' | 'episodeIds' | 'sequence' | 'sortKey'>;

export const entryTextFields = ['agency', 'source', 'role', 'text', 'outcome', 'analysis'] as const;
