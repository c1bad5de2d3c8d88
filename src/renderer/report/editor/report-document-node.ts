import { Node } from '@tiptap/core';
import type { ReportNodeType } from '../../../core/report/report-node-types';

// The report's top node: nothing but sections, so every block belongs to one.
export const ReportDocumentNode = Node.create({
  name: 'doc' satisfies ReportNodeType,
  topNode: true,
  content: 'reportSection+',
});
