import type { Page } from '@playwright/test';

// Keystroke-to-paint latency in the page (Event Timing API), and long tasks while typing.

/** p95 of Event Timing durations for `keystrokes` keys typed into what `target` selects. */
export async function typeAndMeasure(
  page: Page,
  target: string,
  keystrokes: number,
  text = 'The reviewer adds a sentence while the report autosaves. ',
): Promise<{ p95: number; slow: number; max: number; longTasks: number[] }> {
  await page.evaluate(() => {
    const store = window as unknown as { __events: PerformanceEntry[]; __longTasks: PerformanceEntry[]; __observers?: PerformanceObserver[] };
    for (const observer of store.__observers ?? []) observer.disconnect();
    store.__events = [];
    store.__longTasks = [];
    const events = new PerformanceObserver((list) => store.__events.push(...list.getEntries()));
    events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    const longTasks = new PerformanceObserver((list) => store.__longTasks.push(...list.getEntries()));
    longTasks.observe({ type: 'longtask' });
    store.__observers = [events, longTasks];
  });
  await page.locator(target).click();
  await page.waitForTimeout(500);
  await page.keyboard.type(text.repeat(Math.ceil(keystrokes / text.length)).slice(0, keystrokes), { delay: 25 });
  // Long enough for the autosave to run.
  await page.waitForTimeout(2500);
  const { slowKeys, longTasks } = await page.evaluate(() => {
    const store = window as unknown as { __events: PerformanceEventTiming[]; __longTasks: PerformanceEntry[] };
    return {
      slowKeys: store.__events.filter((entry) => entry.name === 'keydown' || entry.name === 'keypress').map((entry) => entry.duration),
      longTasks: store.__longTasks.map((entry) => entry.duration),
    };
  });
  // Event Timing reports only events of 16 ms or more (rounded to 8 ms): the rest were faster.
  const all = [...slowKeys, ...Array<number>(Math.max(0, keystrokes * 2 - slowKeys.length)).fill(8)].sort((a, b) => a - b);
  return { p95: all[Math.ceil(all.length * 0.95) - 1] ?? 0, slow: slowKeys.length, max: Math.max(0, ...slowKeys), longTasks };
}
