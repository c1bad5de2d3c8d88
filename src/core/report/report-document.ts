import { inlineText, nodeRole } from './report-node-types';
import type { StatutorySectionKey } from './statutory-sections';

// The report body as stored: Tiptap/ProseMirror JSON. The document's children are sections,
// each carrying its kind and key; inside them, ordinary blocks (paragraphs, sub-headings, lists,
// quotes, tables, page breaks). What each node type is and shows is in report-node-types.ts.

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

export type ReportSectionAttrs = { kind: 'statutory'; key: StatutorySectionKey; title: string } | { kind: 'appendix'; key: string; title: string };

export interface ReportSectionNode extends ReportNode {
  type: 'reportSection';
  attrs: ReportSectionAttrs;
  content: ReportNode[];
}

export interface ReportDocument extends ReportNode {
  type: 'doc';
  content: ReportSectionNode[];
}

/** The text a textblock (paragraph, sub-heading) shows and prints: its inline content, in order. */
export function textblockText(node: ReportNode): string {
  let text = '';
  for (const child of node.content ?? []) text += inlineText(child.type, child.attrs, child.text);
  return text;
}

/** A block's textblocks in document order (itself, when it is one), each with its path from the block. */
export function textblocksOf(node: ReportNode, path = ''): { node: ReportNode; path: string }[] {
  const role = nodeRole(node.type);
  if (role === 'textblock') return [{ node, path }];
  if (role === 'inline' || role === 'block-leaf') return [];
  return (node.content ?? []).flatMap((child, index) => textblocksOf(child, `${path}.content[${index}]`));
}

/** The visible text of any node: an inline node's own, a textblock's, or a container's textblocks one per line. */
export function nodeText(node: ReportNode): string {
  if (nodeRole(node.type) === 'inline') return inlineText(node.type, node.attrs, node.text);
  return textblocksOf(node)
    .map((block) => textblockText(block.node))
    .join('\n');
}

/** A section's visible text: its title, then each textblock on a line of its own. */
export function sectionText(section: ReportSectionNode): string {
  return [section.attrs.title, ...section.content.map(nodeText)].join('\n');
}
