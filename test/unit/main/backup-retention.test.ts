import { describe, expect, it } from 'vitest';
import { backupsToDelete, backupsToKeep, defaultRetention, localDay, type RetentionPolicy } from '../../../src/main/backups/backup-retention';

// Days by UTC in these tests, so they pass in any time zone; the default (local days) is
// checked on its own at the end.
const utc: RetentionPolicy = { ...defaultRetention, dayOf: (date) => date.toISOString().slice(0, 10) };
const now = new Date('2024-06-30T12:00:00.000Z');
const hour = 60 * 60 * 1000;
const day = 24 * hour;

function backup(createdAt: Date | string) {
  const date = typeof createdAt === 'string' ? new Date(createdAt) : createdAt;
  return { fileName: `${date.toISOString().replace(/[:.]/g, '-')}.cspr.json`, createdAt: date };
}
const ago = (ms: number) => backup(new Date(now.getTime() - ms));
const names = (list: { fileName: string }[]) => list.map((entry) => entry.fileName);

describe('backup retention', () => {
  it('keeps everything while there are 20 or fewer', () => {
    const backups = Array.from({ length: 20 }, (_, index) => ago(index * 3 * 60 * 1000));
    expect(backupsToDelete(backups, now, utc)).toEqual([]);
    expect(backupsToDelete([], now, utc)).toEqual([]);
  });

  it('keeps the newest 20 of a busy day and deletes older ones from the same day', () => {
    // 30 backups three minutes apart this morning: one day, so the daily rule adds nothing.
    const backups = Array.from({ length: 30 }, (_, index) => ago(index * 3 * 60 * 1000 + hour));
    const shuffled = [...backups].reverse();
    const kept = backupsToKeep(shuffled, now, utc);
    expect(names(kept)).toEqual(names(backups.slice(0, 20)));
    expect(names(backupsToDelete(shuffled, now, utc))).toEqual(names(backups.slice(20)));
  });

  it('also keeps the newest backup of each earlier day within 30 days', () => {
    const today = Array.from({ length: 25 }, (_, index) => ago(index * 60 * 1000));
    const yesterdayLate = backup('2024-06-29T22:00:00.000Z');
    const yesterdayEarly = backup('2024-06-29T08:00:00.000Z');
    const tenDaysAgo = [backup('2024-06-20T17:30:00.000Z'), backup('2024-06-20T09:15:00.000Z')];
    const kept = backupsToKeep([...today, yesterdayEarly, yesterdayLate, ...tenDaysAgo], now, utc);
    expect(names(kept)).toEqual([...names(today.slice(0, 20)), yesterdayLate.fileName, tenDaysAgo[0]!.fileName]);
  });

  it('drops daily backups once they are 30 days old, unless among the newest 20', () => {
    const recent = Array.from({ length: 20 }, (_, index) => ago(index * 60 * 1000));
    const inside = ago(29 * day + 23 * hour);
    const outside = ago(30 * day + hour);
    const ancient = ago(400 * day);
    expect(names(backupsToDelete([...recent, inside, outside, ancient], now, utc))).toEqual([outside.fileName, ancient.fileName]);
    // With few backups, the old ones are among the newest 20 and stay.
    expect(backupsToDelete([inside, outside, ancient], now, utc)).toEqual([]);
  });

  it('keeps one a day for a month of daily use, and no more', () => {
    // Ten backups a day for 40 days.
    const backups = Array.from({ length: 400 }, (_, index) => ago(Math.floor(index / 10) * day + (index % 10) * 10 * 60 * 1000));
    const kept = backupsToKeep(backups, now, utc);
    const keptDays = new Set(kept.map((entry) => utc.dayOf(entry.createdAt)));
    // The newest 20 cover today and yesterday; then one per day back to 29 days ago.
    expect(kept).toHaveLength(20 + 28);
    expect(keptDays.size).toBe(30);
    expect(kept.every((entry) => now.getTime() - entry.createdAt.getTime() < 30 * day)).toBe(true);
    expect(backupsToDelete(backups, now, utc)).toHaveLength(400 - kept.length);
  });

  it('orders by time, not by the order given, and is stable for equal times', () => {
    const early = backup('2024-06-30T09:00:00.000Z');
    const late = backup('2024-06-30T10:00:00.000Z');
    const policy = { ...utc, keepNewest: 1, dailyForDays: 0 };
    expect(backupsToKeep([early, late], now, policy)).toEqual([late]);
    expect(backupsToKeep([late, early], now, policy)).toEqual([late]);
    const twin = { fileName: 'b', createdAt: late.createdAt };
    const other = { fileName: 'a', createdAt: late.createdAt };
    expect(backupsToKeep([other, twin], now, policy)).toEqual(backupsToKeep([twin, other], now, policy));
  });

  it('groups by the local calendar day by default', () => {
    expect(defaultRetention).toMatchObject({ keepNewest: 20, dailyForDays: 30 });
    const local = new Date(2024, 5, 14, 23, 59);
    expect(localDay(local)).toBe('2024-06-14');
    expect(defaultRetention.dayOf(new Date(2024, 5, 15, 0, 1))).toBe('2024-06-15');
  });
});
