import { mergeAttributes, Node } from '@tiptap/core';
import { noteSourceNodeType } from '../../../core/events/notes-to-report';

// The link from a paragraph sent from an event's notes back to the note it came from. It is the
// reviewer's provenance, never part of the report: it shows as a small marker, leads to the note,
// and has no text of its own, so it is not counted as words, does not number a paragraph, is not
// copied as plain text and is left out of the Word export.

export interface NoteSourceAttrs {
  noteId: string;
  eventId: string;
  /** "Practitioner learning event, 14/03/2022 10:42, Health visitor": roles only, never names. */
  label: string;
}

const dataAttribute = (name: keyof NoteSourceAttrs, attribute: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(attribute) ?? '',
  renderHTML: (attrs: Record<string, unknown>) => ({ [attribute]: String(attrs[name] ?? '') }),
});

export const NoteSourceNode = Node.create({
  name: noteSourceNodeType,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      noteId: dataAttribute('noteId', 'data-note-id'),
      eventId: dataAttribute('eventId', 'data-event-id'),
      label: dataAttribute('label', 'data-label'),
    };
  },

  // Only the editor's own HTML carries these attributes: pasted HTML loses them (and the marker
  // itself) in sanitise-pasted-html, so nothing from outside can invent a link to a note.
  parseHTML() {
    return [{ tag: 'span[data-note-source]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-note-source': '', class: 'note-source', title: 'Where this came from: click to open the note' }),
      `[From notes: ${node.attrs.label as string}]`,
    ];
  },

  // No text: the label must never reach the report's words or the clipboard's plain text.
  renderText() {
    return '';
  },
});
