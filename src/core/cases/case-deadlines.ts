// The three deadlines a reviewer tracks, and whether each is met, pending or missed.
// Working Together to Safeguard Children: the rapid review is due within 15 working days of the
// serious incident notification, and the review should be completed within six months of the
// decision to commission it. The publication date is whatever the partnership plans.

import { bankHolidayCoverage } from '../dates/bank-holidays-england-wales';
import { addDays, addMonths, compareIsoDates, isIsoDate, parseIsoDate } from '../dates/iso-date';
import { addWorkingDays, workingDaysBetween } from '../dates/working-days';
import type { CaseRecord, CaseStatus } from './case-record';

export const rapidReviewWorkingDays = 15;
export const reviewMonths = 6;
/** A rapid review is "due soon" this many working days ahead (it only runs to 15 in all). */
export const rapidReviewDueSoonWorkingDays = 5;
/** The review and publication are "due soon" this many calendar days ahead. */
export const dueSoonCalendarDays = 14;

/**
 * A computed due date, or why there is none:
 * - `unknown`: the start date has not been recorded yet;
 * - `invalid`: the recorded start date is not a real calendar date;
 * - `outside-coverage`: the count needs bank holidays we do not know (see bankHolidayCoverage).
 * `message` is plain English, ready to show the reviewer.
 */
export type DueDate =
  { kind: 'date'; date: string } | { kind: 'unknown' } | { kind: 'invalid'; message: string } | { kind: 'outside-coverage'; message: string };

/** Common handling of the start date: null or "" is not yet recorded, a bad string is invalid. */
function fromStart(start: string | null, what: string, compute: (start: string) => DueDate): DueDate {
  if (start === null || start === '') return { kind: 'unknown' };
  if (!isIsoDate(start)) return { kind: 'invalid', message: `The ${what} (${start}) is not a valid date.` };
  return compute(start);
}

/** Rapid review due date: 15 working days after the incident was notified. */
export function rapidReviewDue(incidentNotified: string | null): DueDate {
  return fromStart(incidentNotified, 'date the incident was notified', (start) => {
    try {
      return { kind: 'date', date: addWorkingDays(start, rapidReviewWorkingDays) };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return {
        kind: 'outside-coverage',
        message:
          `The rapid review due date cannot be worked out: this version of CSPR Desk only knows ` +
          `bank holidays for ${bankHolidayCoverage.first} to ${bankHolidayCoverage.last}.`,
      };
    }
  });
}

/** Review due date: six calendar months after commissioning (31 August → 28/29 February). */
export function reviewDue(reviewCommissioned: string | null): DueDate {
  return fromStart(reviewCommissioned, 'date the review was commissioned', (start) => ({
    kind: 'date',
    date: addMonths(start, reviewMonths),
  }));
}

/** The publication date is entered, not computed; this only checks it. */
export function publicationDue(publication: string | null): DueDate {
  return fromStart(publication, 'publication date', (date) => ({ kind: 'date', date }));
}

/**
 * - `met`: the case has moved past the stage the deadline is for (whatever the date);
 * - `overdue`: today is after the due date and the stage is not done;
 * - `due-soon`: due today or within the next 5 working days (rapid review) or
 *   14 calendar days (review, publication);
 * - `on-track`: due later than that;
 * - `none`: no due date can be given (see `note` for why, if there is a reason).
 */
export type DeadlineState = 'overdue' | 'due-soon' | 'on-track' | 'met' | 'none';

export interface Deadline {
  /** ISO due date, or null when it is not known. */
  date: string | null;
  state: DeadlineState;
  /** Why there is no date although a start date was entered; null otherwise. */
  note: string | null;
}

export interface CaseDeadlines {
  rapidReview: Deadline;
  review: Deadline;
  publication: Deadline;
}

export type DeadlineKey = keyof CaseDeadlines;

export const deadlineLabels: Record<DeadlineKey, string> = {
  rapidReview: 'Rapid review due',
  review: 'Review due',
  publication: 'Publication',
};

const deadlineStateLabels: Record<DeadlineState, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'on-track': 'On track',
  met: 'Met',
  none: 'No date',
};

/** A short label for a deadline state, for badges and screen readers. */
export function deadlineStateLabel(state: DeadlineState): string {
  return deadlineStateLabels[state];
}

function isDueSoonInWorkingDays(today: string, due: string): boolean {
  try {
    return workingDaysBetween(today, due) <= rapidReviewDueSoonWorkingDays;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Only when today is before the bank-holiday table (a wrong clock): fall back to a week.
    return compareIsoDates(due, addDays(today, 7)) <= 0;
  }
}

function isDueSoonInCalendarDays(today: string, due: string): boolean {
  return compareIsoDates(due, addDays(today, dueSoonCalendarDays)) <= 0;
}

function assess(due: DueDate, met: boolean, today: string, isDueSoon: (today: string, due: string) => boolean): Deadline {
  const date = due.kind === 'date' ? due.date : null;
  const note = due.kind === 'invalid' || due.kind === 'outside-coverage' ? due.message : null;
  if (met) return { date, state: 'met', note };
  if (date === null) return { date, state: 'none', note };
  const order = compareIsoDates(today, date);
  if (order > 0) return { date, state: 'overdue', note };
  return { date, state: isDueSoon(today, date) ? 'due-soon' : 'on-track', note };
}

const reviewDoneStatuses: readonly CaseStatus[] = ['final', 'published'];

/**
 * Where the case stands against each deadline on `today` (an ISO date, normally todayIso()).
 * Throws RangeError when `today` is not a valid ISO date; bad dates in the record do not throw
 * but come back as state `none` with a note.
 */
export function caseDeadlines(record: Pick<CaseRecord, 'status' | 'dates'>, today: string): CaseDeadlines {
  parseIsoDate(today);
  const { status, dates } = record;
  return {
    rapidReview: assess(rapidReviewDue(dates.incidentNotified), status !== 'rapid-review', today, isDueSoonInWorkingDays),
    review: assess(reviewDue(dates.reviewCommissioned), reviewDoneStatuses.includes(status), today, isDueSoonInCalendarDays),
    publication: assess(publicationDue(dates.publication), status === 'published', today, isDueSoonInCalendarDays),
  };
}
