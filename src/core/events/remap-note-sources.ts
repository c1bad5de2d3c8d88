import type { ReportDocument, ReportNode } from '../report/report-document';
import { noteSourceNodeType } from './notes-to-report';

/**
 * The report with its links back to notes pointed at new ids (notes get fresh ids when a case
 * file is imported). A link to a note that is not in the map keeps its old ids and label.
 */
export function remapNoteSources(doc: ReportDocument, noteIds: ReadonlyMap<string, string>, eventIds: ReadonlyMap<string, string>): ReportDocument {
  const visit = (node: ReportNode): ReportNode => {
    if (node.type === noteSourceNodeType && node.attrs) {
      const noteId = noteIds.get(String(node.attrs.noteId));
      const eventId = eventIds.get(String(node.attrs.eventId));
      return noteId && eventId ? { ...node, attrs: { ...node.attrs, noteId, eventId } } : node;
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return visit(doc) as ReportDocument;
}
