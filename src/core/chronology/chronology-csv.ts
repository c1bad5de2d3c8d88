import Papa from 'papaparse';
import { ukMonthNames } from '../dates/format-uk-date';
import type { ChronologyEntry } from './chronology-entry';

/** The date as the reviewer reads it and as the importer reads it back: 14/06/2020, June 2020, 2020, "c. " when approximate. */
export function formatChronologyDate(entry: Pick<ChronologyEntry, 'date' | 'precision' | 'approximate'>): string {
  const [year, month, day] = entry.date.split('-');
  const text = entry.precision === 'day' ? `${day}/${month}/${year}` : entry.precision === 'month' ? `${ukMonthNames[Number(month) - 1]} ${year}` : `${year}`;
  return entry.approximate ? `c. ${text}` : text;
}

export const chronologyCsvHeaders = [
  'Date',
  'Time',
  'Agency',
  'Source',
  'Role',
  'What happened',
  'Outcome',
  'Analysis',
  'Key practice episodes',
  'File',
  'Row',
];

/**
 * The merged chronology as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
 * UTF-8 as Windows-1252 and garbles £ and curly quotes), CRLF line ends, every field quoted when
 * it needs to be. Importing it again gives the same entries.
 */
export function chronologyToCsv(entries: readonly ChronologyEntry[], episodeTitles: ReadonlyMap<string, string>): string {
  const rows = entries.map((entry) => [
    formatChronologyDate(entry),
    entry.time ?? '',
    entry.agency,
    entry.source,
    entry.role,
    entry.text,
    entry.outcome,
    entry.analysis,
    entry.episodeIds
      .map((id) => episodeTitles.get(id) ?? '')
      .filter(Boolean)
      .join('; '),
    entry.origin?.file ?? '',
    entry.origin ? String(entry.origin.row) : '',
  ]);
  // Cells starting with = + - @ are quoted by Papa's escapeFormulae, so Excel will not run them.
  return `\uFEFF${Papa.unparse({ fields: chronologyCsvHeaders, data: rows }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
