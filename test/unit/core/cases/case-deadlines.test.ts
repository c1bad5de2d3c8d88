import { describe, expect, it } from 'vitest';
import { caseDeadlines, deadlineStateLabel, publicationDue, rapidReviewDue, reviewDue } from '../../../../src/core/cases/case-deadlines';
import type { CaseKeyDates, CaseStatus } from '../../../../src/core/cases/case-record';

function record(status: CaseStatus, dates: Partial<CaseKeyDates> = {}) {
  return { status, dates: { incidentNotified: null, reviewCommissioned: null, publication: null, ...dates } };
}

describe('rapidReviewDue', () => {
  it('is 15 working days after notification, moved on by bank holidays', () => {
    expect(rapidReviewDue('2024-06-03')).toEqual({ kind: 'date', date: '2024-06-24' });
    expect(rapidReviewDue('2024-04-22')).toEqual({ kind: 'date', date: '2024-05-14' });
    expect(rapidReviewDue('2024-12-20')).toEqual({ kind: 'date', date: '2025-01-15' });
  });

  it('is unknown before a notification date is recorded', () => {
    expect(rapidReviewDue(null)).toEqual({ kind: 'unknown' });
    expect(rapidReviewDue('')).toEqual({ kind: 'unknown' });
  });

  it('reports an invalid notification date instead of throwing', () => {
    const due = rapidReviewDue('2024-02-30');
    expect(due.kind).toBe('invalid');
    expect(due.kind === 'invalid' && due.message).toMatch(/2024-02-30.*not a valid date/);
  });

  it('says so when the count needs bank holidays the app does not know', () => {
    const due = rapidReviewDue('2030-12-20');
    expect(due.kind).toBe('outside-coverage');
    expect(due.kind === 'outside-coverage' && due.message).toMatch(/2018 to 2030/);
  });
});

describe('reviewDue', () => {
  it('is six calendar months after commissioning, clamped to the end of the month', () => {
    expect(reviewDue('2021-02-14')).toEqual({ kind: 'date', date: '2021-08-14' });
    expect(reviewDue('2021-08-31')).toEqual({ kind: 'date', date: '2022-02-28' });
    expect(reviewDue('2023-08-31')).toEqual({ kind: 'date', date: '2024-02-29' });
  });

  it('does not depend on the bank-holiday table', () => {
    expect(reviewDue('2031-01-10')).toEqual({ kind: 'date', date: '2031-07-10' });
  });

  it('is unknown or invalid without a usable date', () => {
    expect(reviewDue(null)).toEqual({ kind: 'unknown' });
    expect(reviewDue('31/08/2021').kind).toBe('invalid');
  });
});

describe('publicationDue', () => {
  it('passes a valid date through and flags a bad one', () => {
    expect(publicationDue('2024-06-30')).toEqual({ kind: 'date', date: '2024-06-30' });
    expect(publicationDue(null)).toEqual({ kind: 'unknown' });
    expect(publicationDue('2024-06-31').kind).toBe('invalid');
  });
});

describe('caseDeadlines: rapid review', () => {
  const notified = { incidentNotified: '2024-04-22' }; // due Tuesday 14 May 2024

  it('is overdue the day after the due date while the case is still at rapid review', () => {
    expect(caseDeadlines(record('rapid-review', notified), '2024-05-15').rapidReview).toEqual({
      date: '2024-05-14',
      state: 'overdue',
      note: null,
    });
  });

  it('is due soon on the due date and within 5 working days of it', () => {
    expect(caseDeadlines(record('rapid-review', notified), '2024-05-14').rapidReview.state).toBe('due-soon');
    // 8, 9, 10, 13 and 14 May: five working days away.
    expect(caseDeadlines(record('rapid-review', notified), '2024-05-07').rapidReview.state).toBe('due-soon');
  });

  it('is on track further out', () => {
    // Six working days away: 7, 8, 9, 10, 13 and 14 May.
    expect(caseDeadlines(record('rapid-review', notified), '2024-05-06').rapidReview.state).toBe('on-track');
    expect(caseDeadlines(record('rapid-review', notified), '2024-04-22').rapidReview.state).toBe('on-track');
  });

  it('is met once the case has moved on, even when late', () => {
    for (const status of ['scoping', 'in-progress', 'draft-with-panel', 'final', 'published'] as const) {
      expect(caseDeadlines(record(status, notified), '2024-09-01').rapidReview).toEqual({
        date: '2024-05-14',
        state: 'met',
        note: null,
      });
    }
  });

  it('has no state without a notification date', () => {
    expect(caseDeadlines(record('rapid-review'), '2024-05-15').rapidReview).toEqual({
      date: null,
      state: 'none',
      note: null,
    });
  });

  it('explains a date it cannot compute', () => {
    const outside = caseDeadlines(record('rapid-review', { incidentNotified: '2030-12-20' }), '2030-12-20').rapidReview;
    expect(outside.date).toBeNull();
    expect(outside.state).toBe('none');
    expect(outside.note).toMatch(/bank holidays/);

    const invalid = caseDeadlines(record('rapid-review', { incidentNotified: '2024-13-01' }), '2024-05-15').rapidReview;
    expect(invalid.state).toBe('none');
    expect(invalid.note).toMatch(/not a valid date/);
  });
});

describe('caseDeadlines: review', () => {
  const commissioned = { reviewCommissioned: '2021-08-31' }; // due Monday 28 February 2022

  it('is overdue after the due date until the report is final', () => {
    for (const status of ['rapid-review', 'scoping', 'in-progress', 'draft-with-panel'] as const) {
      expect(caseDeadlines(record(status, commissioned), '2022-03-01').review).toEqual({
        date: '2022-02-28',
        state: 'overdue',
        note: null,
      });
    }
  });

  it('is met once the report is final or published', () => {
    expect(caseDeadlines(record('final', commissioned), '2022-03-01').review.state).toBe('met');
    expect(caseDeadlines(record('published', commissioned), '2022-03-01').review.state).toBe('met');
  });

  it('is due soon within 14 calendar days, on track before', () => {
    expect(caseDeadlines(record('in-progress', commissioned), '2022-02-28').review.state).toBe('due-soon');
    expect(caseDeadlines(record('in-progress', commissioned), '2022-02-14').review.state).toBe('due-soon');
    expect(caseDeadlines(record('in-progress', commissioned), '2022-02-13').review.state).toBe('on-track');
  });

  it('has no state before commissioning', () => {
    expect(caseDeadlines(record('in-progress'), '2022-03-01').review).toEqual({ date: null, state: 'none', note: null });
  });
});

describe('caseDeadlines: publication', () => {
  const planned = { publication: '2024-06-30' };

  it('is overdue once past unless published', () => {
    expect(caseDeadlines(record('final', planned), '2024-07-01').publication.state).toBe('overdue');
    expect(caseDeadlines(record('published', planned), '2024-07-01').publication.state).toBe('met');
  });

  it('is due soon within 14 days and on track before', () => {
    expect(caseDeadlines(record('final', planned), '2024-06-30').publication.state).toBe('due-soon');
    expect(caseDeadlines(record('final', planned), '2024-06-16').publication.state).toBe('due-soon');
    expect(caseDeadlines(record('final', planned), '2024-06-15').publication.state).toBe('on-track');
  });

  it('is met when published even without a date', () => {
    expect(caseDeadlines(record('published'), '2024-07-01').publication).toEqual({ date: null, state: 'met', note: null });
  });
});

describe('caseDeadlines: input', () => {
  it('rejects an invalid today', () => {
    expect(() => caseDeadlines(record('rapid-review'), '2024-02-30')).toThrow(RangeError);
  });

  it('copes with today before the bank-holiday table when judging due soon', () => {
    expect(caseDeadlines(record('rapid-review', { incidentNotified: '2018-01-02' }), '2017-12-30').rapidReview.state).toBe('on-track');
  });
});

describe('deadlineStateLabel', () => {
  it('gives a short UK English label for every state', () => {
    expect(deadlineStateLabel('overdue')).toBe('Overdue');
    expect(deadlineStateLabel('due-soon')).toBe('Due soon');
    expect(deadlineStateLabel('on-track')).toBe('On track');
    expect(deadlineStateLabel('met')).toBe('Met');
    expect(deadlineStateLabel('none')).toBe('No date');
  });
});
