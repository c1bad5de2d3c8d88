import { AlignmentType, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions, type ParagraphChild } from 'docx';
import { noteSourceNodeType } from '../events/notes-to-report';
import { isNumberedBlock } from '../report/paragraph-numbering';
import type { ReportNode } from '../report/report-document';
import { numberingReferences } from './report-docx-numbering';

// The editor's blocks as Word paragraphs and tables. Body paragraphs take the same numbers the
// editor shows, from the same rule (src/core/report/paragraph-numbering.ts), as live Word
// numbering on level 2 of the section's list.

type Block = Paragraph | Table;

function runs(nodes: readonly ReportNode[] | undefined): ParagraphChild[] {
  return (nodes ?? []).flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })];
    if (node.type === 'chronologyReference') return [new TextRun(`[${String(node.attrs?.label ?? '')}]`)];
    // A link back to an event's note is the reviewer's provenance: never published.
    if (node.type === noteSourceNodeType) return [];
    if (node.type !== 'text') return runs(node.content);
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const options: IRunOptions = { text: node.text ?? '', bold: marks.has('bold') || undefined, italics: marks.has('italic') || undefined, underline: marks.has('underline') ? {} : undefined };
    return [new TextRun(options)];
  });
}

// Whether a paragraph prints anything, which decides its number: a chronology reference prints,
// a link back to a note does not.
const hasText = (node: ReportNode): boolean =>
  (node.content ?? []).some((child) => (child.type === 'text' ? /\S/.test(child.text ?? '') : child.type === 'chronologyReference' || (child.type !== noteSourceNodeType && hasText(child))));

export interface BlockContext {
  /** Which numbering the section uses: statutory sections are 1, 2 …, appendices A, B … */
  numbering: string;
  /** A fresh instance number for each ordered list, so each starts at 1. */
  nextListInstance: () => number;
}

function listItems(list: ReportNode, level: number, context: BlockContext, instance: number): Block[] {
  const ordered = list.type === 'orderedList';
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child): Block[] => {
      if (child.type === 'bulletList' || child.type === 'orderedList') return listItems(child, Math.min(level + 1, 8), context, child.type === 'orderedList' ? context.nextListInstance() : 0);
      return [new Paragraph({ children: runs(child.content), numbering: ordered ? { reference: numberingReferences.ordered, level, instance } : { reference: numberingReferences.bullets, level } })];
    }),
  );
}

function table(node: ReportNode): Table {
  const rows = node.content ?? [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row, index) => {
      const cells = row.content ?? [];
      const isHeader = index === 0 && cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
      return new TableRow({
        tableHeader: isHeader || undefined,
        children: cells.map((cell) => new TableCell({ children: (cell.content ?? []).map((paragraph) => new Paragraph({ style: isHeader ? 'TableHeading' : undefined, children: runs(paragraph.content) })) })),
      });
    }),
  });
}

/** One block of a section as Word content. */
export function blockToDocx(node: ReportNode, context: BlockContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(node.content),
          numbering: isNumberedBlock(node.type, hasText(node)) ? { reference: context.numbering, level: 1 } : undefined,
          alignment: AlignmentType.LEFT,
        }),
      ];
    case 'heading':
      return [new Paragraph({ style: Number(node.attrs?.level) === 4 ? 'Heading3' : 'Heading2', children: runs(node.content) })];
    case 'bulletList':
    case 'orderedList':
      return listItems(node, 0, context, node.type === 'orderedList' ? context.nextListInstance() : 0);
    case 'blockquote':
      return (node.content ?? []).map((child) => new Paragraph({ style: 'Quote', children: runs(child.content) }));
    case 'table':
      return [table(node), new Paragraph({})];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return [new Paragraph({ children: runs(node.content) })];
  }
}
