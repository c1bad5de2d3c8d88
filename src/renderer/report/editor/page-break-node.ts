import { Node } from '@tiptap/core';
import type { ReportNodeType } from '../../../core/report/report-node-types';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** Inserts a hard page break after the current block. */
      setPageBreak: () => ReturnType;
    };
  }
}

// A hard page break: a block of its own, exported to Word as a real page break.
export const PageBreakNode = Node.create({
  name: 'pageBreak' satisfies ReportNodeType,
  group: 'block',
  atom: true,
  selectable: true,

  parseHTML() {
    return [{ tag: 'hr[data-page-break]' }];
  },

  renderHTML() {
    return ['hr', { 'data-page-break': '', class: 'page-break', 'aria-label': 'Page break' }];
  },

  addCommands() {
    return {
      setPageBreak:
        () =>
        ({ commands }) =>
          commands.insertContent([{ type: this.name }, { type: 'paragraph' }]),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Enter': () => this.editor.commands.setPageBreak() };
  },
});
