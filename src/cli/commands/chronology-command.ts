import { parseArgs } from 'node:util';
import type { ChronologyEntryDraft } from '../../core/chronology/chronology-entry';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import { importChronologySheet } from '../../core/chronology/import-chronology-sheet';
import { readChronologyFile } from '../../core/chronology/read-chronology-file';
import { chronologySortKey } from '../../core/chronology/sort-chronology';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const chronologyUsage = 'chronology FILE... [--agency NAME] [--json]   read agencies\u2019 chronologies (CSV, TSV, XLSX), merged in date order';

/** An entry as the command prints it: the entry's own fields, and the file and row it came from. */
type CliEntry = Pick<ChronologyEntryDraft, 'date' | 'precision' | 'approximate' | 'time' | 'agency' | 'source' | 'role' | 'text' | 'outcome' | 'analysis'> & { file: string; row: number };

interface CliError {
  file: string;
  row: number | null;
  message: string;
}

/**
 * Reads and merges chronology files. Exit 0 when every row was read, 1 when some rows had errors,
 * 2 when a file could not be read at all.
 */
export async function chronologyCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, agency: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    io.err(`Usage: ${chronologyUsage}`);
    return exitCodes.badInput;
  }
  const entries: (CliEntry & { sortKey: string })[] = [];
  const errors: CliError[] = [];
  let unreadable = false;
  let sequence = 0;
  for (const path of positionals) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readBytes(path);
    } catch (error) {
      errors.push({ file: path, row: null, message: `cannot be read (${error instanceof Error ? error.message : String(error)})` });
      unreadable = true;
      continue;
    }
    const read = await readChronologyFile(path, bytes);
    if (!read.ok) {
      errors.push({ file: path, row: null, message: read.message });
      unreadable = true;
      continue;
    }
    const imported = importChronologySheet(read.sheet, { agency: values.agency });
    if (!imported.ok) {
      errors.push({ file: path, row: null, message: imported.message });
      unreadable = true;
      continue;
    }
    for (const draft of imported.entries) {
      sequence += 1;
      entries.push({
        date: draft.date,
        precision: draft.precision,
        approximate: draft.approximate,
        time: draft.time,
        agency: draft.agency,
        source: draft.source,
        role: draft.role,
        text: draft.text,
        outcome: draft.outcome,
        analysis: draft.analysis,
        file: path,
        row: draft.origin?.row ?? 0,
        sortKey: chronologySortKey({ ...draft, sequence }),
      });
    }
    for (const problem of imported.problems) errors.push({ file: path, row: problem.row, message: problem.message });
  }
  entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const sorted: CliEntry[] = entries.map(({ sortKey: _sortKey, ...entry }) => entry);

  if (values.json) {
    io.out(JSON.stringify({ entries: sorted, errors }, null, 2));
  } else {
    printTable(sorted, errors, io);
  }
  if (unreadable) return exitCodes.badInput;
  return errors.length > 0 ? exitCodes.problems : exitCodes.ok;
}

function printTable(entries: readonly CliEntry[], errors: readonly CliError[], io: CliIo): void {
  const oneLine = (text: string, width: number) => {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
  };
  io.out(`${'Date'.padEnd(18)} ${'Time'.padEnd(5)} ${'Agency'.padEnd(14)} ${'Role'.padEnd(16)} What happened`);
  for (const entry of entries) {
    io.out(`${oneLine(formatChronologyDate(entry), 18)} ${(entry.time ?? '').padEnd(5)} ${oneLine(entry.agency, 14)} ${oneLine(entry.role, 16)} ${oneLine(entry.text, 60).trimEnd()}`);
  }
  const agencies = new Set(entries.map((entry) => entry.agency));
  io.out('');
  io.out(`${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from ${agencies.size} ${agencies.size === 1 ? 'agency' : 'agencies'}; ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}.`);
  for (const error of errors) io.out(`  ${error.file}${error.row === null ? '' : `, row ${error.row}`}: ${error.message}`);
}
