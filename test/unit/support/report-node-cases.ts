import type { ReportDocument, ReportNode, ReportSectionNode } from '../../../src/core/report/report-document';
import { emptyReportDocument } from '../../../src/core/report/empty-report-document';
import type { ReportNodeType } from '../../../src/core/report/report-node-types';

// Report content holding each node type the report can contain, for the golden tests of
// numbering and printed text. A Record over the registry's types: a type added there without a
// case here does not compile.

const text = (value: string, marks: string[] = []): ReportNode => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const p = (...content: (ReportNode | string)[]): ReportNode => ({
  type: 'paragraph',
  ...(content.length ? { content: content.map((item) => (typeof item === 'string' ? text(item) : item)) } : {}),
});
const reference = (label: string): ReportNode => ({ type: 'chronologyReference', attrs: { kind: 'entry', refId: 'entry-1', label } });
const noteLink: ReportNode = {
  type: 'noteSource',
  attrs: { noteId: 'note-1', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2024 10:02, Health visitor' },
};
const item = (...content: ReportNode[]): ReportNode => ({ type: 'listItem', content });
const cell = (type: 'tableCell' | 'tableHeader', value: string): ReportNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [value ? p(value) : p()],
});
const table = (withHeader: boolean): ReportNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell(withHeader ? 'tableHeader' : 'tableCell', 'Agency'), cell(withHeader ? 'tableHeader' : 'tableCell', 'Seen')] },
    { type: 'tableRow', content: [cell('tableCell', 'Police'), cell('tableCell', 'Twice')] },
  ],
});

/** The blocks that put each node type in a section, between numbered paragraphs. */
export const reportNodeCases: Record<ReportNodeType, ReportNode[]> = {
  doc: [p('A paragraph.')],
  reportSection: [p('A paragraph.'), p('Another.')],
  paragraph: [p(), p('   '), p('Said.'), p(' ', text('x', ['bold']))],
  heading: [
    { type: 'heading', attrs: { level: 3 }, content: [text('A sub-heading')] },
    p('After it.'),
    { type: 'heading', attrs: { level: 4 }, content: [text('A smaller one')] },
  ],
  text: [p(text('Bold ', ['bold']), text('italic ', ['italic']), text('underlined', ['underline']), text(' and plain.'))],
  hardBreak: [p('Line one', { type: 'hardBreak' }, 'line two.'), p({ type: 'hardBreak' })],
  chronologyReference: [
    p(reference('Police, 12 March 2021')),
    p('As the police noted ', reference('Police, 12 March 2021'), ', no child was recorded.'),
    p(reference('Episode 1: Starting school'), ' '),
  ],
  noteSource: [p(noteLink), p('Growth checks were missed. ', noteLink)],
  bulletList: [
    { type: 'bulletList', content: [item(p('First point.')), item(p('Second point.'), { type: 'bulletList', content: [item(p('A sub-point.'))] })] },
    p('Between lists.'),
  ],
  orderedList: [
    { type: 'orderedList', attrs: { start: 1 }, content: [item(p('Step one.')), item(p('Step two.'))] },
    p('Between.'),
    { type: 'orderedList', attrs: { start: 1 }, content: [item(p('Again one.'))] },
  ],
  listItem: [{ type: 'bulletList', content: [item(p('Item with two paragraphs.'), p('Its second.'))] }],
  blockquote: [{ type: 'blockquote', content: [p('“I was hungry.”'), p('“Nobody asked.”')] }],
  table: [table(false)],
  tableRow: [table(true)],
  tableHeader: [table(true), p('After the table.')],
  tableCell: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('tableCell', ''), cell('tableCell', 'Only one filled')] }] }],
  pageBreak: [{ type: 'pageBreak' }, p('On a new page.')],
};

/** A report whose first statutory section and an appendix hold the case's blocks between two paragraphs. */
export function reportWith(blocks: ReportNode[]): ReportDocument {
  const doc = emptyReportDocument();
  const around = (content: ReportNode[]): ReportNode[] => [p('Alpha.'), ...structuredClone(content), p('Omega.')];
  doc.content[0]!.content = around(blocks);
  doc.content[2]!.content = [p('Third section.'), ...around(blocks)];
  const appendix: ReportSectionNode = { type: 'reportSection', attrs: { kind: 'appendix', key: 'appendix-a', title: 'Methodology' }, content: around(blocks) };
  doc.content.push(appendix);
  return doc;
}
