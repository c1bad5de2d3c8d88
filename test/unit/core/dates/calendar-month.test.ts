import { describe, expect, it } from 'vitest';
import { calendarMonthWeeks } from '../../../../src/core/dates/calendar-month';

describe('calendar month', () => {
  it('shows whole weeks, Monday first, filled from the neighbouring months', () => {
    // March 2025 starts on a Saturday and ends on a Monday.
    const weeks = calendarMonthWeeks('2025-03-17');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual(['2025-02-24', '2025-02-25', '2025-02-26', '2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(weeks.at(-1)?.[0]).toBe('2025-03-31');
    expect(weeks.at(-1)?.[6]).toBe('2025-04-06');
  });

  it('needs only four weeks for a February that starts on a Monday', () => {
    const weeks = calendarMonthWeeks('2027-02-10');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe('2027-02-01');
    expect(weeks[3]?.[6]).toBe('2027-02-28');
  });
});
