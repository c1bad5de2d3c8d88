// Which automatic backups of one case to keep: the newest 20, plus the newest of each calendar
// day for the last 30 days; the rest are deleted. Pure, so the rule is tested on its own.

export interface RetentionPolicy {
  /** The newest this many are always kept. */
  keepNewest: number;
  /** For backups written less than this many days (of 24 hours) ago: the newest of each day is kept. */
  dailyForDays: number;
  /** The calendar day a backup belongs to; by default the computer's local day. */
  dayOf: (date: Date) => string;
}

export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export const defaultRetention: RetentionPolicy = { keepNewest: 20, dailyForDays: 30, dayOf: localDay };

export interface DatedBackup {
  fileName: string;
  createdAt: Date;
}

const dayMs = 24 * 60 * 60 * 1000;

function newestFirst(a: DatedBackup, b: DatedBackup): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0);
}

/** The backups to keep, newest first. */
export function backupsToKeep<T extends DatedBackup>(backups: readonly T[], now: Date, policy: RetentionPolicy = defaultRetention): T[] {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set<T>(sorted.slice(0, Math.max(0, policy.keepNewest)));
  const cutoff = now.getTime() - policy.dailyForDays * dayMs;
  const daysSeen = new Set<string>();
  for (const backup of sorted) {
    // Newest first, so the first backup met of each day is that day's newest.
    if (backup.createdAt.getTime() <= cutoff) break;
    const day = policy.dayOf(backup.createdAt);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup);
  }
  return sorted.filter((backup) => keep.has(backup));
}

/** The backups to delete: every one `backupsToKeep` does not keep. */
export function backupsToDelete<T extends DatedBackup>(backups: readonly T[], now: Date, policy: RetentionPolicy = defaultRetention): T[] {
  const keep = new Set(backupsToKeep(backups, now, policy));
  return [...backups].sort(newestFirst).filter((backup) => !keep.has(backup));
}
