import type { Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import OfficePaste from '@intevation/tiptap-extension-office-paste';
import { AnonymisationHighlight } from './anonymisation-highlight';
import { ChronologyReferenceNode } from './chronology-reference-node';
import { FindHighlight } from './find-replace';
import { NoteSourceNode } from './note-source-node';
import { PageBreakNode } from './page-break-node';
import { ParagraphNumbers } from './paragraph-numbers';
import { ReportDocumentNode } from './report-document-node';
import { ReportSectionNode } from './report-section-node';
import { SanitisePastedHtml } from './sanitise-pasted-html';
import { SectionProtection } from './section-protection';

/**
 * Everything the report editor is made of. Only the formatting a report needs: sub-headings
 * (levels 3 and 4; the section title is level 2), bold, italic, underline, lists, quotes, simple
 * tables and page breaks. No fonts, colours, links or code: pasted styling has nowhere to go.
 */
export function reportExtensions(): Extensions {
  return [
    ReportDocumentNode,
    ReportSectionNode,
    StarterKit.configure({
      document: false,
      heading: { levels: [3, 4] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      link: false,
      trailingNode: false,
      dropcursor: { width: 2 },
    }),
    TableKit.configure({ table: { resizable: false } }),
    PageBreakNode,
    ChronologyReferenceNode,
    NoteSourceNode,
    SectionProtection,
    ParagraphNumbers,
    FindHighlight,
    AnonymisationHighlight,
    OfficePaste,
    SanitisePastedHtml,
  ];
}

/** Attributes of the editable element: British spelling, and a name for assistive technology. */
export const reportEditorAttributes = {
  spellcheck: 'true',
  lang: 'en-GB',
  class: 'report-editor',
  'aria-label': 'Report',
  role: 'textbox',
  'aria-multiline': 'true',
};
