import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEventNotesDocx, eventNotesFileName, eventNotesMarking, type EventNotesExport } from '../../../../src/core/export/build-event-notes-docx';

// A fictional learning event: the attendees' names must never reach the document.
const names = ['Joanne Pratt', 'Joanne', 'Pratt', 'Colin Averly', 'Averly'];

function sample(): EventNotesExport {
  return {
    reviewName: 'Child L',
    event: {
      id: 'event-1',
      type: 'learning-event',
      date: '2022-03-14',
      place: 'a community venue',
      attendees: [
        { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: 'Joanne Pratt', shortcut: 'HV' },
        { id: 'dsl', role: 'Designated safeguarding lead', agency: 'Kingsmere Primary School', name: 'Colin Averly', shortcut: 'DSL' },
      ],
      agenda: [
        { id: 'a1', text: 'What did we know about the family at the time?', done: true },
        { id: 'a2', text: 'What got in the way of sharing information?', done: false },
      ],
      createdAt: '2022-03-14T09:00:00.000Z',
      updatedAt: '2022-03-14T12:00:00.000Z',
    },
    // Out of order on purpose, with a note from another event that must be left out.
    notes: [
      {
        id: 'n3',
        eventId: 'event-1',
        order: 2,
        at: '2022-03-14T11:05:12',
        text: 'Nobody asked him what home was like',
        attendeeId: null,
        tags: ['voiceofchild', 'recall'],
        themeId: null,
        sentTo: null,
      },
      {
        id: 'n1',
        eventId: 'event-1',
        order: 0,
        at: '2022-03-14T10:42:05',
        text: 'The growth chart stayed in the red book',
        attendeeId: 'hv',
        tags: ['learning'],
        themeId: 'info',
        sentTo: null,
      },
      {
        id: 'other',
        eventId: 'event-2',
        order: 1,
        at: '2022-04-01T10:00:00',
        text: 'From a different event',
        attendeeId: null,
        tags: [],
        themeId: null,
        sentTo: null,
      },
      {
        id: 'n2',
        eventId: 'event-1',
        order: 1,
        at: '2022-03-14T10:51:40',
        text: 'Supervision was cancelled twice that month',
        attendeeId: 'dsl',
        tags: ['systemic', 'goodpractice'],
        themeId: 'supervision',
        sentTo: null,
      },
    ],
    themes: [
      { id: 'supervision', name: 'Supervision' },
      { id: 'info', name: 'information sharing' },
      { id: 'workload', name: 'Workload' },
    ],
  };
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
const textOf = (paragraph: string) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
const styled = (xml: string, style: string) =>
  paragraphs(xml)
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${style}"/>`))
    .map(textOf);
const partsNamed = (files: Record<string, string>, pattern: RegExp) =>
  Object.entries(files)
    .filter(([name]) => pattern.test(name))
    .map(([, xml]) => xml);

describe('the restricted Word document of an event’s notes', () => {
  it('is marked restricted in the header and footer of every page, with page X of Y in the footer', async () => {
    const files = unzip(await buildEventNotesDocx(sample()));
    const headers = partsNamed(files, /^word\/header\d+\.xml$/);
    const footers = partsNamed(files, /^word\/footer\d+\.xml$/);
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toContain(eventNotesMarking);
    for (const footer of footers) {
      expect(footer).toContain(eventNotesMarking);
      expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    }
    expect(eventNotesMarking).toBe('OFFICIAL-SENSITIVE — RESTRICTED: for those who attended only');
    // One section, its header and footer the default for every page.
    expect(files['word/document.xml']).toContain('<w:headerReference w:type="default"');
    expect(files['word/document.xml']).toContain('<w:footerReference w:type="default"');
  });

  it('has the title as Heading 1, the place, and who took part by role and agency in a table', async () => {
    const document = unzip(await buildEventNotesDocx(sample()))['word/document.xml']!;
    expect(styled(document, 'Heading1')).toEqual(['Child L: notes of practitioner learning event on 14 March 2022']);
    expect(paragraphs(document).map(textOf)).toContain('Place: a community venue');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])));
    expect(rows).toEqual([
      ['Role', 'Agency'],
      ['Health visitor', 'Health visiting service'],
      ['Designated safeguarding lead', 'Kingsmere Primary School'],
    ]);
    expect(table).toContain('<w:tblHeader/>');
  });

  it('lists the agenda, marking what was covered', async () => {
    const document = unzip(await buildEventNotesDocx(sample()))['word/document.xml']!;
    const items = paragraphs(document)
      .filter((paragraph) => paragraph.includes('<w:numPr>'))
      .map(textOf);
    expect(items).toEqual(['What did we know about the family at the time? (covered)', 'What got in the way of sharing information?']);
  });

  it('gives the notes in the order taken, each with its time, the role in bold and its tags as labels', async () => {
    const document = unzip(await buildEventNotesDocx(sample()))['word/document.xml']!;
    expect(styled(document, 'Heading2')).toEqual(['Who took part', 'Agenda and questions', 'Notes']);
    const notes = paragraphs(document).filter((paragraph) => /^\d\d:\d\d /.test(textOf(paragraph)));
    expect(notes.map(textOf)).toEqual([
      '10:42 Health visitor: The growth chart stayed in the red book [Learning]',
      '10:51 Designated safeguarding lead: Supervision was cancelled twice that month [Systemic] [Good practice]',
      '11:05 Nobody asked him what home was like [Voice of the child] [#recall]',
    ]);
    expect(notes[0]).toMatch(/<w:b\/>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>Health visitor<\/w:t>/);
    expect(notes[2]).not.toContain('<w:b/>');
    expect(document).not.toContain('From a different event');
  });

  it('groups the notes under a Heading 2 per theme, themes in name order, then those in no theme', async () => {
    const document = unzip(await buildEventNotesDocx({ ...sample(), groupByTheme: true }))['word/document.xml']!;
    // Workload has no notes at this event, so no heading.
    expect(styled(document, 'Heading2')).toEqual(['Who took part', 'Agenda and questions', 'information sharing', 'Supervision', 'Not in a theme']);
    const texts = paragraphs(document).map(textOf);
    const at = (text: string) => texts.findIndex((paragraph) => paragraph.includes(text));
    expect(at('information sharing')).toBeLessThan(at('red book'));
    expect(at('red book')).toBeLessThan(at('Supervision'));
    expect(at('Supervision')).toBeLessThan(at('cancelled twice'));
    expect(at('cancelled twice')).toBeLessThan(at('Not in a theme'));
    expect(at('Not in a theme')).toBeLessThan(at('Nobody asked him'));
  });

  it('never carries an attendee’s name, an author or a last-modified-by, anywhere in the package', async () => {
    for (const groupByTheme of [false, true]) {
      const files = unzip(await buildEventNotesDocx({ ...sample(), groupByTheme }));
      for (const [part, xml] of Object.entries(files)) for (const name of names) expect(xml, `${name} in ${part}`).not.toContain(name);
      const core = files['docProps/core.xml']!;
      expect(core).not.toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
      expect(core).not.toMatch(/<cp:lastModifiedBy>[^<]+<\/cp:lastModifiedBy>/);
      expect(core).not.toContain('Un-named');
      expect(core).toContain('<dc:title>Child L: notes of practitioner learning event on 14 March 2022</dc:title>');
      expect(files['docProps/custom.xml'] ?? '').not.toMatch(/<property/);
      expect(Object.keys(files)).not.toContain('word/comments.xml');
    }
  });

  it('uses real Word styles, in UK English', async () => {
    const files = unzip(await buildEventNotesDocx(sample()));
    expect(files['word/styles.xml']).toContain('w:styleId="Heading1"');
    expect(files['word/styles.xml']).toContain('w:styleId="Heading2"');
    expect(files['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('says so when there are no notes, agenda or attendees', async () => {
    const empty = sample();
    empty.event = { ...empty.event, attendees: [], agenda: [] };
    empty.notes = [];
    const texts = paragraphs(unzip(await buildEventNotesDocx(empty))['word/document.xml']!).map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['No one was recorded as taking part.', 'No agenda was recorded.', 'No notes were taken.']));
  });

  it('is named from the review, event type and date, in safe characters only', () => {
    const { event } = sample();
    expect(eventNotesFileName('Child L', event)).toBe('Child-L-practitioner-learning-event-2022-03-14-notes-RESTRICTED.docx');
    expect(eventNotesFileName('../Child M: "review"', { ...event, type: 'family-conversation' })).toBe(
      'Child-M-review-family-conversation-2022-03-14-notes-RESTRICTED.docx',
    );
  });
});

// What a practitioner sees in another word processor: pandoc reads the notes as plain text.
const pandoc = existsSync('/usr/bin/pandoc') ? '/usr/bin/pandoc' : undefined;
if (!pandoc) console.warn('pandoc is not installed here: the event notes conversion test is skipped (.ci/run installs it).');
const folder = mkdtempSync(join(tmpdir(), 'cspr-event-notes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(!pandoc)('the event notes read by pandoc', () => {
  it('reads as plain text with the title, the roles and the notes in order', { timeout: 60_000 }, async () => {
    const path = join(folder, 'notes.docx');
    writeFileSync(path, await buildEventNotesDocx({ ...sample(), groupByTheme: true }));
    const text = execFileSync(pandoc!, ['-t', 'plain', '--wrap=none', path], { encoding: 'utf8' });
    expect(text).toContain('Child L: notes of practitioner learning event on 14 March 2022');
    expect(text).toMatch(/Health visitor\s+Health visiting service/);
    expect(text).toMatch(/What did we know about the family at the time\? \(covered\)/);
    const lines = text.split('\n');
    const line = (start: string) => lines.findIndex((each) => each.startsWith(start));
    expect(lines[line('10:42')]).toBe('10:42 Health visitor: The growth chart stayed in the red book [Learning]');
    expect(line('10:42')).toBeLessThan(line('10:51'));
    expect(line('10:51')).toBeLessThan(line('11:05'));
    for (const name of names) expect(text).not.toContain(name);
  });
});
