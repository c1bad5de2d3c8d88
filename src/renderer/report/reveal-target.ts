import type { Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { paragraphNumberAt } from './editor/paragraph-numbers';

/**
 * Brings a place of the report into the middle of the view and puts the caret there: a numbered
 * paragraph ("paragraph:2.3") or a section ("section:analysis"). Returns whether it was found.
 */
export function revealTarget(editor: Editor, target: string): boolean {
  const doc = editor.state.doc;
  let found: number | null = null;
  const [kind, value] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
  doc.forEach((section, sectionOffset) => {
    if (found !== null) return;
    if (kind === 'section' && section.attrs.key === value) found = sectionOffset + 1;
    if (kind !== 'paragraph') return;
    section.forEach((_block, blockOffset) => {
      const inside = sectionOffset + 1 + blockOffset + 1;
      if (found === null && paragraphNumberAt(doc, inside) === value) found = inside;
    });
  });
  if (found === null) return false;
  editor
    .chain()
    .focus()
    .setTextSelection(TextSelection.near(doc.resolve(found)).from)
    .run();
  const { node } = editor.view.domAtPos(editor.state.selection.from);
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  element?.closest('p, h3, h4, li, blockquote, section')?.scrollIntoView?.({ block: 'center' });
  return true;
}
