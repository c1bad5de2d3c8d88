import { Node } from '@tiptap/core';

// The report's top node: nothing but sections, so every block belongs to one.
export const ReportDocumentNode = Node.create({
  name: 'doc',
  topNode: true,
  content: 'reportSection+',
});
