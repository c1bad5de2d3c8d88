import { getSchema, getText, getTextSerializersFromSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it, vi } from 'vitest';
import { emptyReportDocument } from '../../../../src/core/report/empty-report-document';
import type { ReportDocument, ReportNode } from '../../../../src/core/report/report-document';
import { openEventNote } from '../../../../src/renderer/events/open-event-note';
import { paragraphNumberAt } from '../../../../src/renderer/report/editor/paragraph-numbers';
import { reportExtensions } from '../../../../src/renderer/report/editor/report-extensions';
import { followLink } from '../../../../src/renderer/report/follow-link';
import { openChronologyReference } from '../../../../src/renderer/report/open-chronology-reference';
import { reportOutline } from '../../../../src/renderer/report/outline/report-outline';

// Following a link navigates the app; here only where it leads is checked.
vi.mock('../../../../src/renderer/events/open-event-note', () => ({ openEventNote: vi.fn() }));
vi.mock('../../../../src/renderer/report/open-chronology-reference', () => ({ openChronologyReference: vi.fn() }));

const schema = getSchema(reportExtensions());
const source: ReportNode = {
  type: 'noteSource',
  attrs: { noteId: 'note-1', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2022 10:42, Health visitor' },
};

/** A report whose introduction holds a sent note, then a paragraph holding only its link. */
function report(): ProseMirrorNode {
  const doc: ReportDocument = emptyReportDocument();
  doc.content[0]!.content = [
    { type: 'paragraph', content: [{ type: 'text', text: 'Growth checks were missed. ' }, source] },
    { type: 'paragraph', content: [source] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Next.' }] },
  ];
  return ProseMirrorNode.fromJSON(schema, doc);
}

describe('the link back to a note in the editor', () => {
  it('is an inline atom that keeps its ids and label', () => {
    const doc = report();
    const node = doc.firstChild!.firstChild!.lastChild!;
    expect(node.type.name).toBe('noteSource');
    expect(node.isAtom && node.isInline).toBe(true);
    expect(node.toJSON()).toEqual(source);
  });

  it('counts no words, numbers no paragraph and gives no plain text', () => {
    const doc = report();
    expect(reportOutline(doc, []).sections[0]!.words).toBe(5);
    const section = doc.firstChild!;
    const starts: number[] = [];
    section.forEach((_block, offset) => starts.push(1 + offset + 1));
    expect(starts.map((pos) => paragraphNumberAt(doc, pos))).toEqual(['1.1', null, '1.2']);
    expect(getText(section, { textSerializers: getTextSerializersFromSchema(schema), blockSeparator: '\n' })).toBe('Growth checks were missed. \n\nNext.');
  });

  it('opens the note it came from; a chronology reference still opens the chronology', () => {
    const doc = report();
    expect(followLink('case-1', doc.firstChild!.firstChild!.lastChild!)).toBe(true);
    expect(openEventNote).toHaveBeenCalledWith('case-1', 'event-1', 'note-1');
    expect(followLink('case-1', { type: { name: 'chronologyReference' }, attrs: { kind: 'entry', refId: 'entry-1' } })).toBe(true);
    expect(openChronologyReference).toHaveBeenCalledWith('case-1', 'entry', 'entry-1');
    expect(followLink('case-1', { type: { name: 'noteSource' }, attrs: { noteId: '', eventId: '', label: '' } })).toBe(false);
    expect(followLink('case-1', doc.firstChild!.firstChild!.firstChild!)).toBe(false);
  });
});
