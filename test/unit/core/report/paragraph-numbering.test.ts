import { describe, expect, it } from 'vitest';
import { emptyReportDocument } from '../../../../src/core/report/empty-report-document';
import { appendixLetter, isNumberedBlock, paragraphNumbers, sectionLabels } from '../../../../src/core/report/paragraph-numbering';
import type { ReportNode, ReportSectionNode } from '../../../../src/core/report/report-document';

const p = (text = ''): ReportNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const section = (kind: 'statutory' | 'appendix', key: string, content: ReportNode[]): ReportSectionNode => ({
  type: 'reportSection',
  attrs: kind === 'statutory' ? { kind, key: key as 'introduction', title: key } : { kind, key, title: key },
  content,
});

describe('paragraph numbering rule', () => {
  it('numbers sections 1–7 and appendices A, B …', () => {
    const sections = [...emptyReportDocument().content, section('appendix', 'a', [p()]), section('appendix', 'b', [p()])];
    expect(sectionLabels(sections)).toEqual(['1', '2', '3', '4', '5', '6', '7', 'A', 'B']);
    expect([1, 26, 27, 52, 53].map(appendixLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });

  it('numbers body paragraphs within each section; other blocks take no number and do not reset', () => {
    const list: ReportNode = { type: 'bulletList', content: [{ type: 'listItem', content: [p('a point')] }] };
    const quote: ReportNode = { type: 'blockquote', content: [p('“I was hungry.”')] };
    const heading: ReportNode = { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Episode 1' }] };
    const table: ReportNode = { type: 'table', content: [] };
    const numbers = paragraphNumbers([
      section('statutory', 'introduction', [p('First.'), p('Second.')]),
      section('statutory', 'overview', [heading, p('One.'), list, p('Two.'), quote, p(''), p('   '), table, p('Three.'), { type: 'pageBreak' }]),
      section('appendix', 'glossary', [p('Term.')]),
    ]);
    expect(numbers).toEqual([['1.1', '1.2'], [null, '2.1', null, '2.2', null, null, null, null, '2.3', null], ['A.1']]);
  });

  it('decides from the node type name and whether it has visible text', () => {
    expect(isNumberedBlock('paragraph', true)).toBe(true);
    expect(isNumberedBlock('paragraph', false)).toBe(false);
    expect(isNumberedBlock('heading', true)).toBe(false);
    expect(isNumberedBlock('blockquote', true)).toBe(false);
  });

  it('takes no number from a link back to a note: a paragraph with only the link is empty', () => {
    const source: ReportNode = {
      type: 'noteSource',
      attrs: { noteId: 'note-1', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2022 10:42, Health visitor' },
    };
    const sent: ReportNode = { type: 'paragraph', content: [{ type: 'text', text: 'Growth checks were missed. ' }, source] };
    const onlySource: ReportNode = { type: 'paragraph', content: [source] };
    expect(
      paragraphNumbers([
        section('statutory', 'introduction', [
          p('First.'),
          onlySource,
          sent,
          { type: 'paragraph', content: [{ type: 'text', text: '  ' }, source] },
          p('Last.'),
        ]),
      ]),
    ).toEqual([['1.1', null, '1.2', null, '1.3']]);
  });
});
