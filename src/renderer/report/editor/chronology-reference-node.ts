import { mergeAttributes, Node } from '@tiptap/core';
import { chronologyReferenceText, type ReportNodeType } from '../../../core/report/report-node-types';

// A reference from the report to a chronology entry or key practice episode: it reads as its
// date and agency ("Police, 12 March 2021") and leads to the entry in the chronology. The label
// is kept in the report so it prints (and exports) the same even if the chronology changes.

export interface ChronologyReferenceAttrs {
  kind: 'entry' | 'episode';
  refId: string;
  label: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    chronologyReference: {
      insertChronologyReference: (attrs: ChronologyReferenceAttrs) => ReturnType;
    };
  }
}

export const ChronologyReferenceNode = Node.create({
  name: 'chronologyReference' satisfies ReportNodeType,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      kind: {
        default: 'entry',
        parseHTML: (element) => element.getAttribute('data-ref-kind'),
        renderHTML: (attrs) => ({ 'data-ref-kind': attrs.kind as string }),
      },
      refId: { default: '', parseHTML: (element) => element.getAttribute('data-ref-id'), renderHTML: (attrs) => ({ 'data-ref-id': attrs.refId as string }) },
      label: { default: '', parseHTML: (element) => element.textContent?.replace(/^\[|\]$/g, '') ?? '', renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-chronology-ref]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const label = node.attrs.label as string;
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-chronology-ref': '',
        class: 'chronology-ref',
        title:
          node.attrs.kind === 'episode' ? 'Key practice episode: click to open it in the chronology' : 'Chronology entry: click to open it in the chronology',
      }),
      chronologyReferenceText(label),
    ];
  },

  renderText({ node }) {
    return chronologyReferenceText(node.attrs.label as string);
  },

  addCommands() {
    return {
      insertChronologyReference:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent([
            { type: this.name, attrs },
            { type: 'text', text: ' ' },
          ]),
    };
  },
});
