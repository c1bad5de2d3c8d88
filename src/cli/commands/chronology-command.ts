import { parseArgs } from 'node:util';
import type { ChronologyEntryDraft } from '../../core/chronology/chronology-entry';
import { formatChronologyDate } from '../../core/chronology/chronology-csv';
import { importChronologySheet } from '../../core/chronology/import-chronology-sheet';
import { readChronologyFile } from '../../core/chronology/read-chronology-file';
import { chronologySortKey } from '../../core/chronology/sort-chronology';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';
import { describeCliError } from '../describe-cli-error';
import { readInputBytes } from '../read-input-file';

export const chronologyUsage = 'chronology FILE... [--agency NAME] [--json]   read agencies\u2019 chronologies (CSV, TSV, XLSX), merged in date order';

/** An entry as the command prints it: the entry's own fields, and the file and row it came from. */
type CliEntry = Pick<ChronologyEntryDraft, 'date' | 'precision' | 'approximate' | 'time' | 'agency' | 'source' | 'role' | 'text' | 'outcome' | 'analysis'> & {
  file: string;
  row: number;
};

interface CliError {
  file: string;
  row: number | null;
  message: string;
}

/**
 * Reads and merges chronology files. Exit 0 when every row was read, 1 when some rows had errors,
 * 2 when a file could not be read at all (its reason on stderr, whatever the output mode).
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
  let unreadableFiles = 0;
  // A file that cannot be read at all is an error of the command, not a row problem: its
  // reason goes to stderr in every mode (the JSON on stdout carries it too).
  const unreadable = (path: string, message: string, sentence = message) => {
    errors.push({ file: path, row: null, message });
    io.err(sentence);
    unreadableFiles += 1;
  };
  let sequence = 0;
  for (const path of positionals) {
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(path, io);
    } catch (error) {
      unreadable(path, describeCliError(error));
      continue;
    }
    const read = await readChronologyFile(path, bytes);
    if (!read.ok) {
      unreadable(path, read.message, namingPath(path, read.message));
      continue;
    }
    const imported = importChronologySheet(read.sheet, { agency: values.agency });
    if (!imported.ok) {
      unreadable(path, imported.message, namingPath(path, imported.message));
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
    printTable(
      sorted,
      errors.filter((error) => error.row !== null),
      unreadableFiles,
      io,
    );
  }
  if (unreadableFiles > 0) return exitCodes.badInput;
  return errors.length > 0 ? exitCodes.problems : exitCodes.ok;
}

/** The reader names a file by its base name (“trunc.xlsx”); on the command line, name it as it was given. */
function namingPath(path: string, message: string): string {
  const quotedName = `“${path.split(/[\\/]/).pop() ?? path}”`;
  if (message.includes(quotedName)) return message.replace(quotedName, `“${path}”`);
  return `${path}: ${message}`;
}

function printTable(entries: readonly CliEntry[], rowProblems: readonly CliError[], unreadableFiles: number, io: CliIo): void {
  const oneLine = (text: string, width: number) => {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
  };
  io.out(`${'Date'.padEnd(18)} ${'Time'.padEnd(5)} ${'Agency'.padEnd(14)} ${'Role'.padEnd(16)} What happened`);
  for (const entry of entries) {
    io.out(
      `${oneLine(formatChronologyDate(entry), 18)} ${(entry.time ?? '').padEnd(5)} ${oneLine(entry.agency, 14)} ${oneLine(entry.role, 16)} ${oneLine(entry.text, 60).trimEnd()}`,
    );
  }
  const agencies = new Set(entries.map((entry) => entry.agency));
  io.out('');
  const notRead = unreadableFiles === 0 ? '' : `; ${unreadableFiles} ${unreadableFiles === 1 ? 'file' : 'files'} could not be read`;
  io.out(
    `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from ${agencies.size} ${agencies.size === 1 ? 'agency' : 'agencies'}; ${rowProblems.length} ${rowProblems.length === 1 ? 'problem' : 'problems'}${notRead}.`,
  );
  for (const problem of rowProblems) io.out(`  ${problem.file}, row ${problem.row}: ${problem.message}`);
}
