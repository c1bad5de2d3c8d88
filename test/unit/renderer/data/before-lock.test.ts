import { describe, expect, it } from 'vitest';
import { registerBeforeLock, runBeforeLock } from '../../../../src/renderer/data/before-lock';

describe('work done before the app locks', () => {
  it('runs every registered task, goes on when one fails, and forgets a task once unregistered', async () => {
    const done: string[] = [];
    const stopBackup = registerBeforeLock(async () => done.push('backup'));
    const stopFailing = registerBeforeLock(async () => {
      throw new Error('The disk is full.');
    });
    const stopOther = registerBeforeLock(async () => done.push('other'));
    await expect(runBeforeLock()).resolves.toBeUndefined();
    expect(done.sort()).toEqual(['backup', 'other']);
    stopBackup();
    stopFailing();
    stopOther();
    await runBeforeLock();
    expect(done).toHaveLength(2);
  });
});
