import Papa from 'papaparse';
import { failed, type Result } from '../result';

// The case's register of identifying details, each with the replacement to use in the published
// report. Kept as CSV with the columns kind,value,replacement,note.

export const identifierKinds = ['person', 'alias', 'date', 'address', 'school', 'organisation', 'place', 'other'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export interface RegisteredIdentifier {
  id: string;
  kind: IdentifierKind;
  value: string;
  /** Pseudonym or generalisation ("Leo", "the family home"); may be empty. */
  replacement: string;
  note: string;
  /** For an alias: the person it belongs to (the nearest person above it in the register). */
  personId: string | null;
}

export interface RegisterProblem {
  /** CSV row number: the header is row 1. */
  row: number;
  message: string;
}

export type ParsedRegister = Result<{ identifiers: RegisteredIdentifier[] }, { problems: RegisterProblem[] }>;

/** Reads a register CSV; every malformed row is reported by its row number and nothing is returned. */
/** A refusal: each problem by row, and one sentence saying how many rows are wrong. */
function refuseRegister(problems: RegisterProblem[]): ParsedRegister {
  const rows = new Set(problems.map((problem) => problem.row)).size;
  return failed(`The register cannot be read: ${rows === 1 ? `row ${problems[0]!.row}` : `${rows} rows`} ${rows === 1 ? 'has a problem' : 'have problems'}.`, {
    problems,
  });
}

export function parseRegisterCsv(text: string, newId: (index: number) => string = (index) => `id-${index + 1}`): ParsedRegister {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const columns = { kind: header.indexOf('kind'), value: header.indexOf('value'), replacement: header.indexOf('replacement'), note: header.indexOf('note') };
  if (columns.kind === -1 || columns.value === -1)
    return refuseRegister([{ row: 1, message: 'The header must name the columns kind,value,replacement,note.' }]);
  const problems: RegisterProblem[] = [];
  const identifiers: RegisteredIdentifier[] = [];
  let lastPersonId: string | null = null;
  rows.slice(1).forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const kind = (cells[columns.kind] ?? '').trim().toLowerCase();
    const value = (cells[columns.value] ?? '').trim();
    if (!identifierKinds.includes(kind as IdentifierKind)) {
      // Quoted by its start: a wrong file can put a whole paragraph in this column.
      problems.push({
        row,
        message: `“${kind.length > 40 ? `${kind.slice(0, 40)}…` : kind}” is not a kind of identifier (use ${identifierKinds.join(', ')}).`,
      });
      return;
    }
    if (value === '') {
      problems.push({ row, message: 'The value is empty.' });
      return;
    }
    if (kind === 'alias' && lastPersonId === null) {
      problems.push({ row, message: 'An alias must come after the person it belongs to.' });
      return;
    }
    const id = newId(identifiers.length);
    identifiers.push({
      id,
      kind: kind as IdentifierKind,
      value,
      replacement: (columns.replacement === -1 ? '' : (cells[columns.replacement] ?? '')).trim(),
      note: (columns.note === -1 ? '' : (cells[columns.note] ?? '')).trim(),
      personId: kind === 'alias' ? lastPersonId : null,
    });
    if (kind === 'person') lastPersonId = id;
  });
  for (const error of parsed.errors) if (error.code === 'MissingQuotes') problems.push({ row: (error.row ?? 0) + 1, message: 'A quote is never closed.' });
  return problems.length > 0 ? refuseRegister(problems) : { ok: true, identifiers };
}

export function registerToCsv(identifiers: readonly RegisteredIdentifier[]): string {
  return `${Papa.unparse({ fields: ['kind', 'value', 'replacement', 'note'], data: identifiers.map((item) => [item.kind, item.value, item.replacement, item.note]) }, { newline: '\r\n' })}\r\n`;
}
