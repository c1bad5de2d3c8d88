import { describe, expect, it } from 'vitest';
import type { Agency, Recommendation } from '../../../../src/core/report/recommendation';
import { checkRecommendation, flaggedRecommendationNumbers } from '../../../../src/core/report/recommendation-checks';
import { recommendationsByAgency } from '../../../../src/core/report/recommendations-by-agency';
import { moveRecommendation } from '../../../../src/core/report/reorder-recommendations';

const agencies: Agency[] = [
  { id: 'police', caseId: 'c', name: 'Police' },
  { id: 'csc', caseId: 'c', name: 'Children’s Social Care' },
  { id: 'health', caseId: 'c', name: 'Health' },
];

function recommendation(order: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id: `r${order}`,
    caseId: 'c',
    order,
    text: `Recommendation text ${order}`,
    agencyIds: ['police'],
    targetDate: '2026-03-31',
    answers: '',
    ...overrides,
  };
}

describe('checking a recommendation', () => {
  const today = '2025-11-25';

  it('passes one with wording, a known agency and a future date', () => {
    expect(checkRecommendation(recommendation(0), agencies, today)).toEqual([]);
  });

  it('flags a missing agency and a missing date', () => {
    const kinds = checkRecommendation(recommendation(0, { agencyIds: [], targetDate: null }), agencies, today).map((issue) => [issue.kind, issue.severity]);
    expect(kinds).toEqual([
      ['no-agency', 'flag'],
      ['no-date', 'flag'],
    ]);
  });

  it('flags an agency that has been removed from the case', () => {
    expect(checkRecommendation(recommendation(0, { agencyIds: ['gone'] }), agencies, today).map((issue) => issue.kind)).toEqual(['unknown-agency']);
  });

  it('warns, without flagging, about a target date in the past; today itself is not past', () => {
    expect(checkRecommendation(recommendation(0, { targetDate: '2025-11-24' }), agencies, today)).toEqual([
      expect.objectContaining({ kind: 'date-passed', severity: 'warning' }),
    ]);
    expect(checkRecommendation(recommendation(0, { targetDate: today }), agencies, today)).toEqual([]);
  });

  it('flags blank wording', () => {
    expect(checkRecommendation(recommendation(0, { text: '  ' }), agencies, today).map((issue) => issue.kind)).toEqual(['no-text']);
  });

  it('lists the numbers of flagged recommendations in report order', () => {
    const list = [recommendation(2, { targetDate: null }), recommendation(0), recommendation(1, { agencyIds: [] })];
    expect(flaggedRecommendationNumbers(list, agencies, today)).toEqual([2, 3]);
  });
});

describe('recommendations by agency', () => {
  it('lists each agency alphabetically with its recommendations, soonest date first, and shared ones under each agency', () => {
    const list = [
      recommendation(0, { agencyIds: ['police'], targetDate: '2026-06-30' }),
      recommendation(1, { agencyIds: ['police', 'health'], targetDate: '2026-01-31' }),
      recommendation(2, { agencyIds: [], targetDate: null }),
    ];
    const groups = recommendationsByAgency(list, agencies);
    expect(groups.map((group) => [group.agency?.name ?? null, group.recommendations.map((item) => item.number)])).toEqual([
      ['Health', [2]],
      ['Police', [2, 1]],
      [null, [3]],
    ]);
  });

  it('leaves out agencies with nothing to do', () => {
    expect(recommendationsByAgency([recommendation(0)], agencies).map((group) => group.agency?.name)).toEqual(['Police']);
  });
});

describe('reordering', () => {
  const list = [recommendation(0), recommendation(1), recommendation(2), recommendation(3)];

  it('moves one and renumbers only the ones whose number changed', () => {
    const changed = moveRecommendation(list, 'r3', 1);
    expect(changed.map((item) => [item.id, item.order])).toEqual([
      ['r3', 1],
      ['r1', 2],
      ['r2', 3],
    ]);
  });

  it('clamps a move past either end', () => {
    expect(moveRecommendation(list, 'r0', -5)).toEqual([]);
    expect(moveRecommendation(list, 'r0', 99).find((item) => item.id === 'r0')?.order).toBe(3);
  });

  it('refuses to move a recommendation that is not in the list', () => {
    expect(() => moveRecommendation(list, 'missing', 0)).toThrow('no longer in the list');
  });
});
