import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebouncedSaver, type SaveStatus } from '../../../../src/renderer/data/debounced-saver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(write: () => Promise<void> = async () => undefined) {
  const statuses: SaveStatus[] = [];
  const spy = vi.fn(write);
  const saver = new DebouncedSaver(spy, (status) => statuses.push(status), { delayMs: 400, maxWaitMs: 900, retryMs: 3000 });
  return { saver, spy, statuses };
}

describe('DebouncedSaver', () => {
  it('saves once after a pause in typing', async () => {
    const { saver, spy, statuses } = setup();
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(200);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(399);
    expect(spy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });

  it('saves within the maximum wait while typing never pauses', async () => {
    const { saver, spy } = setup();
    for (let elapsed = 0; elapsed < 950; elapsed += 50) {
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('flushes at once on demand, and not again when nothing changed', async () => {
    const { saver, spy } = setup();
    saver.markDirty();
    await saver.flush();
    expect(spy).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('saves a change made during a write with a second write', async () => {
    let release: () => void = () => undefined;
    const { saver, spy } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    saver.markDirty();
    const first = saver.flush();
    saver.markDirty();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await first;
    await saver.flush();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reports a failed write and retries it', async () => {
    let fail = true;
    const { saver, spy, statuses } = setup(async () => {
      if (fail) throw new Error('QuotaExceededError: disk full');
    });
    saver.markDirty();
    await expect(saver.flush()).rejects.toThrow(/disk full/);
    expect(statuses.at(-1)).toEqual({ state: 'failed', message: 'QuotaExceededError: disk full' });
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
  });
});
