import { noteSourceNodeType } from '../events/notes-to-report';
import type { StatutorySectionKey } from './statutory-sections';

// The report body as stored: Tiptap/ProseMirror JSON. The document's children are sections,
// each carrying its kind and key; inside them, ordinary blocks (paragraphs, sub-headings, lists,
// quotes, tables, page breaks). src/core reads this shape for numbering, word counts and export.

export interface ReportMark {
  type: 'bold' | 'italic' | 'underline' | string;
  attrs?: Record<string, unknown>;
}

export interface ReportNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ReportNode[];
  text?: string;
  marks?: ReportMark[];
}

export type ReportSectionAttrs =
  | { kind: 'statutory'; key: StatutorySectionKey; title: string }
  | { kind: 'appendix'; key: string; title: string };

export interface ReportSectionNode extends ReportNode {
  type: 'reportSection';
  attrs: ReportSectionAttrs;
  content: ReportNode[];
}

export interface ReportDocument extends ReportNode {
  type: 'doc';
  content: ReportSectionNode[];
}

/** Block node type names the editor uses, shared with numbering and export. */
export const reportBlockTypes = {
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  blockquote: 'blockquote',
  table: 'table',
  pageBreak: 'pageBreak',
} as const;

/** The plain text of a node and everything inside it. */
export function nodeText(node: ReportNode): string {
  if (node.type === 'text') return node.text ?? '';
  // A link back to an event's note is provenance, not report text: no words, no number, not checked.
  if (node.type === noteSourceNodeType) return '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(nodeText).join(node.type === 'tableRow' ? '\t' : '');
}
