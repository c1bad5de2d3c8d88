import { describe, expect, it } from 'vitest';
import { appendToSection, isOwnWords, linkedNoteIds, noteBlocks, noteSourceLabel } from '../../../../src/core/events/notes-to-report';
import type { EventNote, PractitionerEvent } from '../../../../src/core/events/practitioner-event';
import { remapNoteSources } from '../../../../src/core/events/remap-note-sources';
import { checkReportDocument } from '../../../../src/core/report/check-report-document';
import { emptyReportDocument } from '../../../../src/core/report/empty-report-document';
import { paragraphNumbers } from '../../../../src/core/report/paragraph-numbering';
import { nodeText, type ReportDocument, type ReportNode } from '../../../../src/core/report/report-document';

const event: PractitionerEvent = {
  id: 'event-1',
  caseId: 'case-1',
  type: 'learning-event',
  date: '2024-03-14',
  place: 'a community venue',
  attendees: [
    { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: 'Joanne Pratt', shortcut: 'HV' },
    { id: 'mum', role: 'Mother', agency: '', name: '', shortcut: 'MUM' },
  ],
  agenda: [],
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-14T12:00:00.000Z',
};

let order = 0;
const note = (id: string, text: string, extra: Partial<EventNote> = {}): EventNote => ({
  id,
  caseId: 'case-1',
  eventId: 'event-1',
  order: order++,
  at: '2024-03-14T10:02:00',
  text,
  attendeeId: null,
  tags: [],
  themeId: null,
  sentTo: null,
  ...extra,
});

const plain = note('n-plain', 'Growth checks were missed at two visits', { attendeeId: 'hv', tags: ['learning'] });
const child = note('n-child', 'He said he was hungry at school', { tags: ['voiceofchild'], at: '2024-03-14T10:15:30' });
const family = note('n-family', 'We moved because of the damp', { attendeeId: 'mum', tags: ['family'] });
const quoted = note('n-quoted', '“Nobody asked me what it was like at home.”', { attendeeId: 'mum' });

const p = (text = ''): ReportNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const sectionContent = (doc: ReportDocument, key: string) => doc.content.find((section) => section.attrs.key === key)!.content;
const kinds = (blocks: readonly ReportNode[]) => blocks.map((block) => block.type);

describe('notes as report blocks', () => {
  it('makes each note a paragraph of its words followed by a link back to the note', () => {
    const [block] = noteBlocks([plain], event, 'automatic');
    expect(block).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Growth checks were missed at two visits ' },
        { type: 'noteSource', attrs: { noteId: 'n-plain', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2024 10:02, Health visitor' } },
      ],
    });
    expect(nodeText(block!).trim()).toBe('Growth checks were missed at two visits');
  });

  it('labels the link by event type, date, time and role, never the attendee’s name', () => {
    expect(noteSourceLabel(event, child, null)).toBe('Practitioner learning event, 14/03/2024 10:15');
    expect(noteSourceLabel({ type: 'family-conversation', date: '2024-03-20' }, { at: '2024-03-20T09:05:00' }, { role: 'Mother' })).toBe(
      'Family conversation, 20/03/2024 09:05, Mother',
    );
    const labels = noteBlocks([plain, family], event, 'paragraphs').map((block) => JSON.stringify(block));
    expect(labels.join('')).not.toContain('Joanne');
  });

  it('quotes the child’s and family’s own words automatically, and fully quoted notes', () => {
    expect(kinds(noteBlocks([plain, child, family, quoted], event, 'automatic'))).toEqual(['paragraph', 'blockquote', 'blockquote', 'blockquote']);
    const [quote] = noteBlocks([child], event, 'automatic');
    expect(quote!.content).toHaveLength(1);
    expect(quote!.content![0]!.type).toBe('paragraph');
    expect(quote!.content![0]!.content!.at(-1)).toMatchObject({ type: 'noteSource', attrs: { noteId: 'n-child' } });
  });

  it('does not quote a note that only starts or ends with a quotation mark', () => {
    expect(isOwnWords({ tags: [], text: '“No,” she said, and left.' })).toBe(false);
    expect(isOwnWords({ tags: [], text: 'She said “no.”' })).toBe(false);
    expect(isOwnWords({ tags: [], text: '  "I was scared."  ' })).toBe(true);
  });

  it('sends everything as paragraphs, or everything as quotes, when asked', () => {
    expect(kinds(noteBlocks([plain, child, family, quoted], event, 'paragraphs'))).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(kinds(noteBlocks([plain, child, family, quoted], event, 'quotes'))).toEqual(['blockquote', 'blockquote', 'blockquote', 'blockquote']);
  });

  it('keeps the notes in the order given', () => {
    const blocks = noteBlocks([family, plain], event, 'paragraphs');
    expect([...linkedNoteIds({ type: 'doc', content: blocks })]).toEqual(['n-family', 'n-plain']);
  });
});

describe('adding the blocks to a section', () => {
  const blocks = noteBlocks([plain, child], event, 'automatic');

  it('replaces a section’s lone empty paragraph', () => {
    const doc = appendToSection(emptyReportDocument(), 'analysis', blocks);
    expect(sectionContent(doc, 'analysis')).toEqual(blocks);
  });

  it('adds after what the section already holds', () => {
    const base = emptyReportDocument();
    base.content[2]!.content = [p('The review found…'), p('Second point.')];
    const doc = appendToSection(base, 'analysis', blocks);
    expect(sectionContent(doc, 'analysis')).toEqual([p('The review found…'), p('Second point.'), ...blocks]);
  });

  it('keeps an empty paragraph that is not alone in the section', () => {
    const base = emptyReportDocument();
    base.content[2]!.content = [p(), p('After a blank line.')];
    const doc = appendToSection(base, 'analysis', blocks);
    expect(sectionContent(doc, 'analysis')).toEqual([p(), p('After a blank line.'), ...blocks]);
  });

  it('keeps a trailing empty paragraph last, so the reviewer’s next words follow the notes', () => {
    const base = emptyReportDocument();
    base.content[2]!.content = [p('The review found…'), p()];
    const doc = appendToSection(base, 'analysis', blocks);
    expect(sectionContent(doc, 'analysis')).toEqual([p('The review found…'), ...blocks, p()]);
  });

  it('leaves the other sections and the original document untouched', () => {
    const base = emptyReportDocument();
    const before = structuredClone(base);
    const doc = appendToSection(base, 'analysis', blocks);
    expect(base).toEqual(before);
    doc.content.forEach((section, index) => {
      if (section.attrs.key !== 'analysis') expect(section).toEqual(before.content[index]);
    });
  });

  it('appends to an appendix the reviewer added', () => {
    const base = emptyReportDocument();
    base.content.push({ type: 'reportSection', attrs: { kind: 'appendix', key: 'appendix-notes', title: 'Notes from the learning event' }, content: [p()] });
    expect(sectionContent(appendToSection(base, 'appendix-notes', blocks), 'appendix-notes')).toEqual(blocks);
  });

  it('refuses a section that is not in the report', () => {
    expect(() => appendToSection(emptyReportDocument(), 'appendix-gone', blocks)).toThrow('That section is no longer in the report.');
  });

  it('gives a report that passes the checks, numbering the new paragraphs but not the quotes', () => {
    const base = emptyReportDocument();
    base.content[2]!.content = [p('The review found…')];
    const doc = appendToSection(
      base,
      'analysis',
      noteBlocks([plain, child, family, note('n-last', 'Information was not shared', { tags: ['systemic'] })], event, 'automatic'),
    );
    expect(checkReportDocument(doc)).toEqual([]);
    expect(paragraphNumbers(doc.content)[2]).toEqual(['3.1', '3.2', null, null, '3.3']);
  });
});

describe('links from the report back to notes', () => {
  const doc = appendToSection(emptyReportDocument(), 'overview', noteBlocks([plain, child, family], event, 'automatic'));

  it('lists the notes the report links to, inside quotes too', () => {
    expect(linkedNoteIds(doc)).toEqual(new Set(['n-plain', 'n-child', 'n-family']));
    expect(linkedNoteIds(emptyReportDocument()).size).toBe(0);
  });

  it('points the links at new note and event ids, leaving links to unknown notes as they were', () => {
    const remapped = remapNoteSources(
      doc,
      new Map([
        ['n-plain', 'new-plain'],
        ['n-child', 'new-child'],
      ]),
      new Map([['event-1', 'new-event']]),
    );
    expect(linkedNoteIds(remapped)).toEqual(new Set(['new-plain', 'new-child', 'n-family']));
    const sources: ReportNode[] = [];
    const visit = (node: ReportNode) => {
      if (node.type === 'noteSource') sources.push(node);
      node.content?.forEach(visit);
    };
    visit(remapped);
    expect(sources.map((source) => source.attrs)).toEqual([
      { noteId: 'new-plain', eventId: 'new-event', label: 'Practitioner learning event, 14/03/2024 10:02, Health visitor' },
      { noteId: 'new-child', eventId: 'new-event', label: 'Practitioner learning event, 14/03/2024 10:15' },
      { noteId: 'n-family', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2024 10:02, Mother' },
    ]);
    // The text around the links is kept, and the original is not changed.
    expect(sectionContent(remapped, 'overview').map((block) => nodeText(block).trim())).toEqual(
      sectionContent(doc, 'overview').map((block) => nodeText(block).trim()),
    );
    expect(linkedNoteIds(doc)).toEqual(new Set(['n-plain', 'n-child', 'n-family']));
    expect(checkReportDocument(remapped)).toEqual([]);
  });
});
