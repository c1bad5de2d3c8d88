import type { ChronologyEntry } from './chronology-entry';

// Two agencies often record the same event (a strategy meeting, a joint visit). Entries on the same
// day from different agencies whose wording overlaps enough are linked as possible duplicates
// for the reviewer to look at; nothing is ever merged or deleted automatically.

const stopWords = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'about',
  'was',
  'were',
  'is',
  'by',
  'from',
  'as',
  'that',
  'this',
  'his',
  'her',
  'their',
  'he',
  'she',
  'they',
  'it',
]);

export function significantWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Crude stemming: "meeting"/"meetings", "attended"/"attends" meet.
  return new Set(words.filter((word) => word.length > 2 && !stopWords.has(word)).map((word) => word.replace(/(?:ings?|ed|es|s)$/, '')));
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  // Overlap against the shorter text: agencies describe one event at different lengths.
  return shared / Math.min(a.size, b.size);
}

export const duplicateThreshold = 0.5;

/** For each entry with possible duplicates, the ids of the others (both ways). */
export function findPossibleDuplicates(entries: readonly Pick<ChronologyEntry, 'id' | 'date' | 'precision' | 'agency' | 'text'>[]): Map<string, string[]> {
  const byDay = new Map<string, (typeof entries)[number][]>();
  for (const entry of entries) {
    if (entry.precision !== 'day') continue;
    const list = byDay.get(entry.date) ?? [];
    list.push(entry);
    byDay.set(entry.date, list);
  }
  const links = new Map<string, string[]>();
  const link = (from: string, to: string) => links.set(from, [...(links.get(from) ?? []), to]);
  for (const sameDay of byDay.values()) {
    if (sameDay.length < 2) continue;
    const words = sameDay.map((entry) => significantWords(entry.text));
    for (let i = 0; i < sameDay.length; i += 1) {
      for (let j = i + 1; j < sameDay.length; j += 1) {
        const a = sameDay[i]!;
        const b = sameDay[j]!;
        if (a.agency.toLowerCase() === b.agency.toLowerCase()) continue;
        if (similarity(words[i]!, words[j]!) >= duplicateThreshold) {
          link(a.id, b.id);
          link(b.id, a.id);
        }
      }
    }
  }
  return links;
}
