import type { ReportDocument } from './report-document';
import { statutorySections } from './statutory-sections';

/** A new report: the seven statutory sections in their fixed order, each with one empty paragraph. */
export function emptyReportDocument(): ReportDocument {
  return {
    type: 'doc',
    content: statutorySections.map((section) => ({
      type: 'reportSection',
      attrs: { kind: 'statutory', key: section.key, title: section.title },
      content: [{ type: 'paragraph' }],
    })),
  };
}
