import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/cli-io';
import { runCli } from '../../../src/cli/run-cli';
import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import { readCaseFile } from '../../../src/core/case-file/read-case-file';

const root = resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'cspr-event-notes-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

type Events = CaseFile['events'];

// Two fictional events, the later one first in the file, so the list's date order shows.
const learningEvent: Events['events'][number] = {
  id: 'event-learning',
  type: 'learning-event',
  date: '2022-03-14',
  place: 'a community venue',
  attendees: [
    { id: 'hv', role: 'Health visitor', agency: 'Health visiting service', name: 'Joanne Pratt', shortcut: 'HV' },
    { id: 'sw', role: 'Social worker', agency: 'Children’s social care', name: '', shortcut: 'SW' },
  ],
  agenda: [{ id: 'q1', text: 'What was known at each contact?', done: true }],
  createdAt: '2022-03-01T09:00:00.000Z',
  updatedAt: '2022-03-14T12:00:00.000Z',
};
const conversation: Events['events'][number] = {
  id: 'event-conversation',
  type: 'practitioner-conversation',
  date: '2021-02-14',
  place: 'online',
  attendees: [{ id: 'gp', role: 'General practitioner', agency: 'GP practice', name: '', shortcut: 'GP' }],
  agenda: [],
  createdAt: '2021-02-01T09:00:00.000Z',
  updatedAt: '2021-02-14T12:00:00.000Z',
};
const twoEvents: Events = {
  events: [learningEvent, conversation],
  notes: [
    {
      id: 'n2',
      eventId: 'event-learning',
      order: 1,
      at: '2022-03-14T10:51:00',
      text: 'Referral closed after one visit',
      attendeeId: 'sw',
      tags: ['question'],
      themeId: null,
      sentTo: null,
    },
    {
      id: 'n1',
      eventId: 'event-learning',
      order: 0,
      at: '2022-03-14T10:42:00',
      text: 'Growth checks were missed',
      attendeeId: 'hv',
      tags: ['learning'],
      themeId: 'growth',
      sentTo: null,
    },
    {
      id: 'n3',
      eventId: 'event-conversation',
      order: 0,
      at: '2021-02-14T14:00:00',
      text: 'Appointments were missed',
      attendeeId: 'gp',
      tags: [],
      themeId: null,
      sentTo: null,
    },
  ],
  themes: [{ id: 'growth', name: 'Growth and weight' }],
  drafts: [],
};

/** The sample case with the given events, written to the temporary folder. */
function caseFileWith(name: string, events: Events): string {
  const read = readCaseFile(readFileSync(resolve(root, 'test/fixtures/case-l.cspr.json'), 'utf8'));
  if (!read.ok) throw new Error(read.errors.join('; '));
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify({ ...read.file, events }));
  return path;
}

const both = caseFileWith('two-events.cspr.json', twoEvents);
const one = caseFileWith('one-event.cspr.json', {
  ...twoEvents,
  events: [learningEvent],
  notes: twoEvents.notes.filter((note) => note.eventId === learningEvent.id),
});
const none = caseFileWith('no-events.cspr.json', { events: [], notes: [], themes: [], drafts: [] });

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array>();
  const io: CliIo = {
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    writeBytes: async (path, bytes) => void written.set(path, bytes),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err, written };
}

const documentXml = (bytes: Uint8Array | undefined) => strFromU8(unzipSync(bytes!)['word/document.xml']!);

describe('npm run cli -- event-notes', () => {
  it('lists the events in date order with their number, date, type, place and number of notes', async () => {
    const { io, out, written } = captureIo();
    expect(await runCli(['event-notes', both], io)).toBe(0);
    expect(out[0]).toMatch(/^No\.\s+Date\s+Type\s+Place\s+Notes$/);
    expect(out[1]).toMatch(/^1\s+14\/02\/2021\s+Practitioner conversation\s+online\s+1 note$/);
    expect(out[2]).toMatch(/^2\s+14\/03\/2022\s+Practitioner learning event\s+a community venue\s+2 notes$/);
    expect(out).toHaveLength(3);
    expect(written.size).toBe(0);
  });

  it('says when a case has no events', async () => {
    const { io, out } = captureIo();
    expect(await runCli(['event-notes', none], io)).toBe(0);
    expect(out).toEqual(['This case has no practitioner events.']);
  });

  it('writes the restricted notes of the event chosen by its number, grouped by theme when asked', async () => {
    const { io, out, written } = captureIo();
    expect(await runCli(['event-notes', both, '--event', '2', '--out', 'notes.docx', '--by-theme'], io)).toBe(0);
    expect(out).toEqual(['Wrote notes.docx: 2 notes of event 2 (14/03/2022, Practitioner learning event), restricted to those who attended.']);
    const document = documentXml(written.get('notes.docx'));
    expect(document).toContain('Leo: notes of practitioner learning event on 14 March 2022');
    expect(document).toContain('Growth and weight');
    expect(document).toContain('Not in a theme');
    expect(document.indexOf('Growth checks were missed')).toBeLessThan(document.indexOf('Referral closed after one visit'));
    expect(document).not.toContain('Appointments were missed');
    expect(document).not.toContain('Joanne Pratt');
  });

  it('takes the only event when there is one, in the order taken without --by-theme', async () => {
    const { io, written } = captureIo();
    expect(await runCli(['event-notes', one, '-o', 'only.docx'], io)).toBe(0);
    const document = documentXml(written.get('only.docx'));
    expect(document).toContain('>Notes<');
    expect(document).not.toContain('Not in a theme');
  });

  it('asks which event when there are several, naming the choices', async () => {
    const { io, err, written } = captureIo();
    expect(await runCli(['event-notes', both, '--out', 'x.docx'], io)).toBe(2);
    expect(err).toEqual([
      'This case has 2 events: choose one with --event N (1 (14/02/2021, Practitioner conversation); 2 (14/03/2022, Practitioner learning event)).',
    ]);
    expect(written.size).toBe(0);
  });

  it('refuses an event number that is not in the list', async () => {
    for (const number of ['0', '3', 'two', '1.5']) {
      const { io, err } = captureIo();
      expect(await runCli(['event-notes', both, '--event', number, '--out', 'x.docx'], io)).toBe(2);
      expect(err).toEqual([
        `--event ${number}: no such event. Choose one of: 1 (14/02/2021, Practitioner conversation); 2 (14/03/2022, Practitioner learning event).`,
      ]);
    }
  });

  it('needs --out to write, suggesting a name, and events to write from', async () => {
    const noOut = captureIo();
    expect(await runCli(['event-notes', both, '--event', '2'], noOut.io)).toBe(2);
    expect(noOut.err).toEqual([
      'Add --out FILE.docx to write the notes of event 2 (for example --out Leo-practitioner-learning-event-2022-03-14-notes-RESTRICTED.docx).',
    ]);
    const noEvents = captureIo();
    expect(await runCli(['event-notes', none, '--out', 'x.docx'], noEvents.io)).toBe(2);
    expect(noEvents.err).toEqual([`${none}: this case has no practitioner events.`]);
  });

  it('exits 2 with one clear sentence for a missing or malformed file, and a bad option with the usage line', async () => {
    const missing = captureIo();
    const nowhere = join(folder, 'nowhere.cspr.json');
    expect(await runCli(['event-notes', nowhere], missing.io)).toBe(2);
    expect(missing.err).toEqual([`The file or folder does not exist (it may have been moved, or a drive disconnected): ${nowhere}`]);
    const malformed = join(folder, 'malformed.cspr.json');
    writeFileSync(malformed, '{"format": "cspr-desk/case"');
    const bad = captureIo();
    expect(await runCli(['event-notes', malformed], bad.io)).toBe(2);
    expect(bad.err[0]).toBe(`${malformed} is not a valid case file:`);
    const usage = captureIo();
    expect(await runCli(['event-notes'], usage.io)).toBe(2);
    expect(usage.err[0]).toMatch(/^Usage: event-notes CASEFILE/);
    const unknownOption = captureIo();
    expect(await runCli(['event-notes', both, '--colour'], unknownOption.io)).toBe(2);
    expect(unknownOption.err).toEqual(['Unknown option --colour.', expect.stringMatching(/^Usage: event-notes CASEFILE\.cspr\.json \[--event N\]/)]);
  });

  it('says in one sentence why a file could not be written, and exits 2', async () => {
    // Node's own error, as a writer without the app's wording would throw it.
    const raw = captureIo();
    raw.io.writeBytes = async (path) => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', path });
    };
    expect(await runCli(['event-notes', one, '--out', '/read-only/notes.docx'], raw.io)).toBe(2);
    expect(raw.err).toEqual(['Permission denied: /read-only/notes.docx. The folder may be read-only, or the file open in another program.']);
    expect(raw.out).toEqual([]);
  });
});
