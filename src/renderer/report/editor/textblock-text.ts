import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { inlineText } from '../../../core/report/report-node-types';

// The editor's reading of a node's text, from the same registry the export and the publication
// check use (src/core/report/report-node-types.ts): a chronology reference reads as its label, a
// link back to a note as nothing. So what the reviewer sees checked and counted here is what
// will be printed.

/** The text an inline leaf shows: for ProseMirror's textBetween, and for the margin numbers. */
export const leafText = (node: ProseMirrorNode): string => inlineText(node.type.name, node.attrs, node.text);

/** Whether a textblock shows any text (not whitespace), without building all of it: this runs per keystroke. */
export function showsText(block: ProseMirrorNode): boolean {
  let found = false;
  block.forEach((child) => {
    if (!found && /\S/.test(child.isText ? (child.text ?? '') : leafText(child))) found = true;
  });
  return found;
}

interface Segment {
  textStart: number;
  textEnd: number;
  /** Document position of the inline node. */
  pos: number;
  size: number;
  atom: boolean;
}

export interface EditorTextblockText {
  text: string;
  /** The document position of a text offset; an offset inside an atom's text maps to the atom's edge. */
  positionAt(offset: number, side: 'start' | 'end'): number;
}

/** A textblock's text (as the export prints it) and where each character of it is in the document. */
export function editorTextblockText(block: ProseMirrorNode, blockPos: number): EditorTextblockText {
  let text = '';
  const segments: Segment[] = [];
  block.forEach((child, offset) => {
    const piece = child.isText ? (child.text ?? '') : leafText(child);
    segments.push({ textStart: text.length, textEnd: text.length + piece.length, pos: blockPos + 1 + offset, size: child.nodeSize, atom: !child.isText });
    text += piece;
  });
  const positionAt = (offset: number, side: 'start' | 'end'): number => {
    const segment = segments.find((item) =>
      side === 'start' ? offset >= item.textStart && offset < item.textEnd : offset > item.textStart && offset <= item.textEnd,
    );
    if (!segment) return blockPos + 1 + (side === 'start' ? 0 : block.content.size);
    if (segment.atom) return side === 'start' ? segment.pos : segment.pos + segment.size;
    return segment.pos + (offset - segment.textStart);
  };
  return { text, positionAt };
}
