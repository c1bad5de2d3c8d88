import { earliestDay } from './chronology-date';
import type { ChronologyEntry } from './chronology-entry';

// Date order that respects precision: a month-only entry sits at the start of its month (before
// the dated entries of the 1st), a year-only entry at the start of its year; entries without a
// time come before timed ones of the same day; ties keep the order they were imported in.

// '--:--' sorts before any time, so an untimed entry comes first in its day.
const precisionRank = { year: '0', month: '1', day: '2' } as const;

export function chronologySortKey(entry: Pick<ChronologyEntry, 'date' | 'precision' | 'time' | 'sequence'>): string {
  return [earliestDay(entry.date), precisionRank[entry.precision], entry.time ?? '--:--', String(entry.sequence).padStart(10, '0')].join('|');
}

export function sortChronology<T extends Pick<ChronologyEntry, 'date' | 'precision' | 'time' | 'sequence'> & { sortKey?: string }>(entries: readonly T[]): T[] {
  return (
    entries
      // A stored entry carries its key already; only drafts need one built.
      .map((entry) => ({ entry, key: entry.sortKey || chronologySortKey(entry) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ entry }) => entry)
  );
}
