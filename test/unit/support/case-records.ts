import type { CaseRecord } from '../../../src/core/cases/case-record';

let counter = 0;

/** A complete case record for tests; every field can be overridden. */
export function makeCaseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  counter += 1;
  return {
    id: `case-${counter}`,
    reviewName: `Child ${String.fromCharCode(64 + (counter % 26) + 1)}`,
    partnership: 'Kingsmere Safeguarding Children Partnership',
    reviewers: ['Independent Reviewer A'],
    status: 'in-progress',
    dates: { incidentNotified: '2024-04-22', reviewCommissioned: '2024-06-03', publication: null },
    archived: false,
    createdAt: '2024-04-22T09:00:00.000Z',
    updatedAt: '2024-06-03T09:00:00.000Z',
    ...overrides,
  };
}

export function uniqueDatabaseName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}
