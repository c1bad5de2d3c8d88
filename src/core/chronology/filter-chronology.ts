import { earliestDay, latestDay } from './chronology-date';
import type { ChronologyEntry } from './chronology-entry';

export interface ChronologyFilter {
  /** Agencies to show; empty shows all. */
  agencies: readonly string[];
  /** ISO days, inclusive; an entry shows if any day it could be falls in the range. */
  from: string | null;
  to: string | null;
  /** Only entries tagged with this episode. */
  episodeId: string | null;
  /** Words that must all appear, in any text field, ignoring case. */
  text: string;
}

export const emptyChronologyFilter: ChronologyFilter = { agencies: [], from: null, to: null, episodeId: null, text: '' };

export function isFilterActive(filter: ChronologyFilter): boolean {
  return filter.agencies.length > 0 || filter.from !== null || filter.to !== null || filter.episodeId !== null || filter.text.trim() !== '';
}

// Each entry's searchable text, built once per entry object: filtering 20,000 entries as the
// reviewer types must not rebuild 20,000 strings per keystroke.
const searchTexts = new WeakMap<ChronologyEntry, string>();
function searchText(entry: ChronologyEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    text = `${entry.agency}\n${entry.source}\n${entry.role}\n${entry.text}\n${entry.outcome}\n${entry.analysis}`.toLowerCase();
    searchTexts.set(entry, text);
  }
  return text;
}

/** The entries that pass the filter, in the order given (already date order). */
export function filterChronology<T extends ChronologyEntry>(entries: readonly T[], filter: ChronologyFilter): T[] {
  if (!isFilterActive(filter)) return [...entries];
  const agencies = new Set(filter.agencies);
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (agencies.size > 0 && !agencies.has(entry.agency)) return false;
    if (filter.from !== null && latestDay(entry.date) < filter.from) return false;
    if (filter.to !== null && earliestDay(entry.date) > filter.to) return false;
    if (filter.episodeId !== null && !entry.episodeIds.includes(filter.episodeId)) return false;
    if (words.length > 0) {
      const haystack = searchText(entry);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}
