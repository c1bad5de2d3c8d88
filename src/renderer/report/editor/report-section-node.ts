import { Node } from '@tiptap/core';
import type { ReportSectionAttrs } from '../../../core/report/report-document';
import type { ReportNodeType } from '../../../core/report/report-node-types';

/**
 * A section of the report. Its title is an attribute, drawn as a heading the reviewer cannot
 * type into; `isolating` keeps joins, lifts and deletes from crossing from one section into the
 * next. Plain renderHTML (no React node view): typing speed in a long report depends on it.
 */
export const ReportSectionNode = Node.create({
  name: 'reportSection' satisfies ReportNodeType,
  content: 'block+',
  isolating: true,
  defining: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    const plain = (name: string, fallback: string) => ({
      default: fallback,
      parseHTML: (element: HTMLElement) => element.getAttribute(name) ?? fallback,
      renderHTML: () => ({}),
    });
    return {
      kind: plain('data-section-kind', 'appendix'),
      key: plain('data-section-key', ''),
      title: plain('data-section-title', ''),
    };
  },

  parseHTML() {
    // Only our own markup: pasted <section> elements from elsewhere are not sections.
    return [{ tag: 'section[data-section-key][data-section-title]', contentElement: '.report-section-body' }];
  },

  renderHTML({ node }) {
    const attrs = node.attrs as ReportSectionAttrs;
    return [
      'section',
      { class: 'report-section', 'data-section-key': attrs.key, 'data-section-kind': attrs.kind, 'data-section-title': attrs.title },
      ['h2', { class: 'report-section-title', contenteditable: 'false' }, attrs.title],
      ['div', { class: 'report-section-body' }, 0],
    ];
  },
});
