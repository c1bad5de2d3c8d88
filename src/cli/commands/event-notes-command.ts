import { parseArgs } from 'node:util';
import type { CaseFile } from '../../core/case-file/case-file-format';
import { loadCaseFile } from '../read-case-file-text';
import { formatShortUkDate } from '../../core/dates/format-uk-date';
import { eventTypeLabels } from '../../core/events/practitioner-event';
import { buildEventNotesDocx, eventNotesFileName } from '../../core/export/build-event-notes-docx';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const eventNotesUsage =
  'event-notes CASEFILE.cspr.json [--event N] [--out OUT.docx] [--by-theme]   lists the practitioner events, or writes one event’s notes as a restricted Word document';

type CaseEvent = CaseFile['events']['events'][number];

/** The case's events in date order, the order the list numbers them in (stable for events on one day). */
function eventsInDateOrder(file: CaseFile): CaseEvent[] {
  return [...file.events.events].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

const describeEvent = (event: CaseEvent, index: number) => `${index + 1} (${formatShortUkDate(event.date)}, ${eventTypeLabels[event.type]})`;

function listEvents(file: CaseFile, events: readonly CaseEvent[], io: CliIo): void {
  if (events.length === 0) {
    io.out('This case has no practitioner events.');
    return;
  }
  const rows = events.map((event, index) => {
    const count = file.events.notes.filter((note) => note.eventId === event.id).length;
    return [String(index + 1), formatShortUkDate(event.date), eventTypeLabels[event.type], event.place, `${count} ${count === 1 ? 'note' : 'notes'}`];
  });
  const table = [['No.', 'Date', 'Type', 'Place', 'Notes'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) io.out(row.map((text, column) => (column === row.length - 1 ? text : text.padEnd(widths[column]!))).join('  '));
}

/** Exit 0 when listed or written, 2 on bad input (an unreadable file, no such event, no --out). */
export async function eventNotesCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { event: { type: 'string' }, out: { type: 'string', short: 'o' }, 'by-theme': { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    io.err(`Usage: ${eventNotesUsage}`);
    return exitCodes.badInput;
  }
  const file = await loadCaseFile(path, io);
  if (!file) return exitCodes.badInput;
  const events = eventsInDateOrder(file);
  if (values.out === undefined && values.event === undefined && !values['by-theme']) {
    listEvents(file, events, io);
    return exitCodes.ok;
  }
  if (events.length === 0) {
    io.err(`${path}: this case has no practitioner events.`);
    return exitCodes.badInput;
  }
  const choices = events.map(describeEvent).join('; ');
  let index = 0;
  if (values.event !== undefined) {
    index = /^\d+$/.test(values.event) ? Number(values.event) - 1 : -1;
    if (index < 0 || index >= events.length) {
      io.err(`--event ${values.event}: no such event. Choose one of: ${choices}.`);
      return exitCodes.badInput;
    }
  } else if (events.length > 1) {
    io.err(`This case has ${events.length} events: choose one with --event N (${choices}).`);
    return exitCodes.badInput;
  }
  const event = events[index]!;
  const reviewName = file.report?.titlePage.reviewName ?? file.case.reviewName;
  if (values.out === undefined) {
    // Writing needs a name chosen on purpose: the file is restricted and must not land anywhere by default.
    io.err(`Add --out FILE.docx to write the notes of event ${index + 1} (for example --out ${eventNotesFileName(reviewName, event)}).`);
    return exitCodes.badInput;
  }
  if (!io.writeBytes) {
    io.err('This command line cannot write files.');
    return exitCodes.badInput;
  }
  const bytes = await buildEventNotesDocx({ reviewName, event, notes: file.events.notes, themes: file.events.themes, groupByTheme: values['by-theme'] });
  await io.writeBytes(values.out, bytes);
  const count = file.events.notes.filter((note) => note.eventId === event.id).length;
  io.out(`Wrote ${values.out}: ${count} ${count === 1 ? 'note' : 'notes'} of event ${describeEvent(event, index)}, restricted to those who attended.`);
  return exitCodes.ok;
}
