import { describe, expect, it } from 'vitest';
import { findingRoute, readinessRoute } from '../../../../src/renderer/export/refusal-links';

describe('where a refused publication’s items link to', () => {
  it('takes what is to finish to the title page, the section, or the recommendation', () => {
    expect(readinessRoute('case-1', { kind: 'title-page' })).toEqual({ name: 'case', caseId: 'case-1', part: 'report', itemId: 'title-page' });
    expect(readinessRoute('case-1', { kind: 'section', key: 'analysis' })).toEqual({
      name: 'case',
      caseId: 'case-1',
      part: 'report',
      itemId: 'section:analysis',
    });
    expect(readinessRoute('case-1', { kind: 'recommendation', id: 'rec-2' })).toEqual({
      name: 'case',
      caseId: 'case-1',
      part: 'recommendations',
      itemId: 'rec-2',
    });
  });

  it('takes a finding in the body to its paragraph (or its section before the first), and any other to the Identifiers screen', () => {
    expect(findingRoute('case-1', { sectionKey: 'analysis', paragraph: '3.2' })).toEqual({
      name: 'case',
      caseId: 'case-1',
      part: 'report',
      itemId: 'paragraph:3.2',
    });
    expect(findingRoute('case-1', { sectionKey: 'analysis' })).toEqual({ name: 'case', caseId: 'case-1', part: 'report', itemId: 'section:analysis' });
    expect(findingRoute('case-1', {})).toEqual({ name: 'case', caseId: 'case-1', part: 'identifiers' });
  });
});
