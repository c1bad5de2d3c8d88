import { noteSourceNodeType } from '../../core/events/notes-to-report';
import { openEventNote } from '../events/open-event-note';
import { openChronologyReference } from './open-chronology-reference';

// What clicking (or pressing Enter on) an inline node in the report leads to: a chronology
// reference opens the chronology, a link back to a note opens the note in its event.

interface InlineNode {
  type: { name: string };
  attrs: Record<string, unknown>;
}

/** Opens what the node links to; false when it links to nothing, so the editor handles the event. */
export function followLink(caseId: string, node: InlineNode): boolean {
  if (node.type.name === 'chronologyReference') {
    openChronologyReference(caseId, String(node.attrs.kind), String(node.attrs.refId));
    return true;
  }
  if (node.type.name === noteSourceNodeType) {
    const { eventId, noteId } = node.attrs;
    // A link whose ids were lost (an old or hand-edited file) has nowhere to go.
    if (typeof eventId !== 'string' || typeof noteId !== 'string' || eventId === '' || noteId === '') return false;
    openEventNote(caseId, eventId, noteId);
    return true;
  }
  return false;
}
