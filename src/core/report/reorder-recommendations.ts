import type { Recommendation } from './recommendation';

/**
 * The recommendations after moving one to a new position, renumbered 0..n-1 in `order`: only the
 * ones whose order changed are returned, so a store writes just those.
 */
export function moveRecommendation(recommendations: readonly Recommendation[], id: string, toIndex: number): Recommendation[] {
  const ordered = [...recommendations].sort((a, b) => a.order - b.order);
  const from = ordered.findIndex((item) => item.id === id);
  if (from === -1) throw new Error('That recommendation is no longer in the list.');
  const target = Math.max(0, Math.min(toIndex, ordered.length - 1));
  const [moved] = ordered.splice(from, 1);
  if (!moved) return [];
  ordered.splice(target, 0, moved);
  return renumber(ordered);
}

/** Gives a list its positions as order 0..n-1, returning only the items whose order changed. */
export function renumber(ordered: readonly Recommendation[]): Recommendation[] {
  return ordered.flatMap((item, index) => (item.order === index ? [] : [{ ...item, order: index }]));
}
