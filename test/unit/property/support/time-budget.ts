import { expect } from 'vitest';

/** The longest any single import call may take: a file that takes longer is, to the reviewer, a hang. */
export const callBudgetMs = 5_000;

/**
 * Runs `work` and fails if it took longer than the budget. A call that never returns at all is
 * caught by the test's own timeout; this catches the slow-but-finishing (super-linear) ones.
 */
export async function withinBudget<T>(label: string, work: () => T | Promise<T>, budgetMs = callBudgetMs): Promise<T> {
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  expect(elapsed, `${label} took ${Math.round(elapsed)} ms (budget ${budgetMs} ms)`).toBeLessThan(budgetMs);
  return result;
}

/** A message the reviewer can read: a non-empty line of text, not a dump of the file. */
export function expectReadableMessage(message: unknown, maxLength = 1_000): void {
  expect(typeof message).toBe('string');
  const text = message as string;
  expect(text.trim(), 'the message is blank').not.toBe('');
  expect(text.length, `the message is ${text.length} characters long: ${text.slice(0, 200)}…`).toBeLessThanOrEqual(maxLength);
}

/** A whole property (hundreds of runs) may take this long on a slow, busy machine. */
export const propertyTimeoutMs = 120_000;
