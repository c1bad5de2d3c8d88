import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';

// Agencies' chronology files as they arrive: CSV-ish text in many dialects and encodings, and
// Excel workbooks, generated or made by damaging the real fixtures.

const monthNames = ['Jan', 'February', 'Mar', 'April', 'May', 'Jun', 'July', 'Aug', 'Sept', 'October', 'Nov', 'Dec', 'Foo', 'Janvier'];

/** Dates in the shapes agencies write them, real and impossible, with and without times. */
export const dateCell: fc.Arbitrary<string> = fc
  .record({
    day: fc.integer({ min: 0, max: 35 }),
    month: fc.integer({ min: 0, max: 14 }),
    year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 })),
    monthName: fc.constantFrom(...monthNames),
    shape: fc.nat({ max: 15 }),
    prefix: fc.constantFrom('', '', '', 'c. ', 'circa ', 'approx. ', 'Mon ', 'Tuesday, ', '~', 'about '),
    suffix: fc.constantFrom('', '', '', ' (approx)', '?', ' 23:40', ' 9:05', 'T14:30', ' at 11.40pm', ' 7am', ' 25:00', ' 12:60', ' 0:00:59'),
    pad: fc.boolean(),
  })
  .map(({ day, month, year, monthName, shape, prefix, suffix, pad }) => {
    const two = (value: number) => (pad ? String(value).padStart(2, '0') : String(value));
    const shapes = [
      `${two(day)}/${two(month)}/${year}`,
      `${two(day)}/${two(month)}/${String(year % 100).padStart(2, '0')}`,
      `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`,
      `${two(day)}.${two(month)}.${year}`,
      `${two(day)}-${two(month)}-${year}`,
      `${day} ${monthName} ${year}`,
      `${day}rd ${monthName} ${year}`,
      `${monthName} ${day}th, ${year}`,
      `${monthName} ${year}`,
      `${monthName}-${year}`,
      String(year).padStart(4, '0'),
      `?/${two(month)}/${year}`,
      `xx/${two(month)}/${year}`,
      `${two(month)}/${year}`,
      `${String(year).padStart(4, '0')}-${two(month)}`,
      `${two(month)}/${two(day)}/${year}`,
    ];
    return `${prefix}${shapes[shape % shapes.length]}${suffix}`;
  });

export const timeCell = fc.oneof(
  fc.constantFrom('', '22:15', '9:00', '09.00', '2215', '10:30am', '11pm', '25:00', '12:61', '14', 'noon', '1415hrs', '00:00'),
  fc.string({ maxLength: 6 }),
);

/** Characters that trouble CSV readers and decoders. */
const awkwardUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(',', ';', '\t', '"', '\n', '\r\n', '\r', ' ', "'") },
  { weight: 1, arbitrary: fc.constantFrom('£', '€', '’', '“', '”', '–', 'é', '\uFEFF', '\u0000', '=', '+', '-', '@', '😀', '\uD800', 'İ') },
);
export const textCell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: awkwardUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.lorem({ maxCount: 8 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Header names: the recognised ones and their synonyms, and anything else. */
export const headerCell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Date',
      'Date of contact',
      'Contact date',
      'When',
      'Time',
      'Agency',
      'Organisation',
      'Source',
      'Record',
      'Practitioner',
      'Role',
      'Staff role',
      'Event',
      'Details',
      'What happened',
      'Summary',
      'Analysis',
      'Significance',
      'Comment',
      'Outcome',
      'Action taken',
      ' DATE ',
      'date/time',
      'Notes',
    ),
  },
  { weight: 1, arbitrary: textCell },
);

export interface GeneratedCsv {
  text: string;
  delimiter: string;
}

/** Rows of cells written out as CSV/TSV text, mostly well quoted, sometimes not. */
export const csvText: fc.Arbitrary<GeneratedCsv> = fc
  .record({
    headers: fc.array(headerCell, { minLength: 0, maxLength: 9 }),
    rows: fc.array(fc.array(fc.oneof(dateCell, timeCell, textCell), { maxLength: 10 }), { maxLength: 25 }),
    delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    quoting: fc.constantFrom('careful', 'careful', 'always', 'never'),
    bom: fc.boolean(),
    blankLines: fc.array(fc.nat(), { maxLength: 4 }),
    trailingNewline: fc.boolean(),
  })
  .map(({ headers, rows, delimiter, newline, quoting, bom, blankLines, trailingNewline }) => {
    const quote = (cell: string) => {
      const needs = cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell);
      return quoting === 'always' || (quoting === 'careful' && needs) ? `"${cell.replace(/"/g, '""')}"` : cell;
    };
    const lines = [headers, ...rows].map((cells) => cells.map(quote).join(delimiter));
    for (const at of blankLines) lines.splice(at % (lines.length + 1), 0, '');
    const text = `${bom ? '\uFEFF' : ''}${lines.join(newline)}${trailingNewline ? newline : ''}`;
    return { text, delimiter };
  });

/** A generated chronology with a real header row: date and what-happened columns, rows of dated events. */
export const chronologyCsv: fc.Arbitrary<string> = fc
  .record({
    extra: fc.subarray(['Time', 'Agency', 'Source', 'Role', 'Outcome', 'Analysis'] as const),
    rows: fc.array(
      fc.record({ date: fc.oneof({ weight: 4, arbitrary: dateCell }, { weight: 1, arbitrary: textCell }), time: timeCell, text: textCell, other: textCell }),
      { maxLength: 30 },
    ),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map(({ extra, rows, delimiter, newline, bom }) => {
    const quote = (cell: string) => (cell.includes(delimiter) || cell.includes('"') || /[\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const headers = ['Date', 'What happened', ...extra];
    const lines = [
      headers.join(delimiter),
      ...rows.map((row) => [row.date, row.text, ...extra.map((field) => (field === 'Time' ? row.time : row.other))].map(quote).join(delimiter)),
    ];
    return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
  });

const windows1252Specials = new Map(
  [...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'].map((char, index) => [
    char,
    [
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c,
      0x9e, 0x9f,
    ][index]!,
  ]),
);

/** Text as Excel on Windows saves it: one byte per character, "?" for what Windows-1252 cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return windows1252Specials.get(char) ?? 0x3f;
  });
}

export const encodeText = (text: string, encoding: 'utf-8' | 'windows-1252'): Uint8Array =>
  encoding === 'utf-8' ? new TextEncoder().encode(text) : encodeWindows1252(text);

export type ByteMutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.constantFrom(0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x09, 0x80, 0x93, 0xc3, 0xef, 0xff),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

export function applyByteMutation(bytes: Uint8Array, mutation: ByteMutation): Uint8Array {
  const at = mutation.at % (bytes.length + 1);
  const copy = bytes.slice();
  switch (mutation.kind) {
    case 'flip':
      if (at < copy.length) copy[at] = copy[at]! ^ mutation.mask;
      return copy;
    case 'set':
      if (at < copy.length) copy[at] = mutation.value;
      return copy;
    case 'truncate':
      return copy.slice(0, at);
    case 'insert':
      return concat(copy.slice(0, at), mutation.bytes, copy.slice(at));
    case 'delete':
      return concat(copy.slice(0, at), copy.slice(at + mutation.length));
    case 'duplicate':
      return concat(copy.slice(0, at + mutation.length), copy.slice(at));
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

// Damage to an Excel workbook, entry by entry: it is a zip of XML parts.

/** Numbers for a date-formatted cell: Excel serials, and ones no calendar has. */
const cellNumber = fc.oneof(
  fc.integer({ min: 1, max: 60_000 }),
  fc.integer({ min: -1_000_000, max: 4_000_000 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e7 }),
  fc.constantFrom('0', '0.5', '60', '1e20', '-1e20', 'NaN', '', 'abc', '2958465', '2958466', '-693594', '1.5e5'),
);

export type XlsxMutation =
  | { kind: 'remove-entry'; entry: number }
  | { kind: 'garble-entry'; entry: number; bytes: Uint8Array }
  | { kind: 'damage-entry'; entry: number; damage: ByteMutation }
  | { kind: 'cell-value'; cell: number; value: string | number }
  | { kind: 'cell-type'; cell: number; type: string }
  | { kind: 'cell-style'; cell: number; style: number }
  | { kind: 'shared-string'; index: number; text: string }
  | { kind: 'dimension'; ref: string };

export const xlsxMutation: fc.Arbitrary<XlsxMutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove-entry' as const), entry: fc.nat() }),
  fc.record({ kind: fc.constant('garble-entry' as const), entry: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant('damage-entry' as const), entry: fc.nat(), damage: byteMutation }),
  { arbitrary: fc.record({ kind: fc.constant('cell-value' as const), cell: fc.nat(), value: cellNumber }), weight: 4 },
  fc.record({ kind: fc.constant('cell-type' as const), cell: fc.nat(), type: fc.constantFrom('s', 'n', 'b', 'str', 'inlineStr', 'e', 'd', 'x') }),
  fc.record({ kind: fc.constant('cell-style' as const), cell: fc.nat(), style: fc.integer({ min: -1, max: 9 }) }),
  fc.record({
    kind: fc.constant('shared-string' as const),
    index: fc.nat(),
    text: fc.oneof(textCell, dateCell, fc.constantFrom('&amp;', '&bogus;', '<', ']]>', '&#0;', '&#xD800;')),
  }),
  fc.record({ kind: fc.constant('dimension' as const), ref: fc.constantFrom('A1', 'A1:XFD1048576', 'Z9:A1', '', 'A0:B2') }),
);

const escapeXml = (text: string) => text.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/gi, '&amp;').replace(/</g, '&lt;');

/** Applies one mutation to the unzipped workbook, in place. */
export function applyXlsxMutation(files: Unzipped, mutation: XlsxMutation): void {
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const sheet = 'xl/worksheets/sheet1.xml';
  const editSheet = (edit: (xml: string) => string) => {
    if (files[sheet]) files[sheet] = strToU8(edit(strFromU8(files[sheet])));
  };
  const nth = (xml: string, pattern: RegExp, index: number, replace: (match: RegExpExecArray) => string): string => {
    const matches = [...xml.matchAll(pattern)];
    const match = matches[index % Math.max(1, matches.length)];
    if (!match || match.index === undefined) return xml;
    return xml.slice(0, match.index) + replace(match as RegExpExecArray) + xml.slice(match.index + match[0].length);
  };
  switch (mutation.kind) {
    case 'remove-entry':
      delete files[names[mutation.entry % names.length]!];
      return;
    case 'garble-entry':
      files[names[mutation.entry % names.length]!] = mutation.bytes;
      return;
    case 'damage-entry': {
      const name = names[mutation.entry % names.length]!;
      files[name] = applyByteMutation(files[name]!, mutation.damage);
      return;
    }
    case 'cell-value':
      return editSheet((xml) =>
        nth(xml, /<c [^>]*>(<v>[^<]*<\/v>)<\/c>/g, mutation.cell, (match) => match[0].replace(match[1]!, `<v>${escapeXml(String(mutation.value))}</v>`)),
      );
    case 'cell-type':
      return editSheet((xml) =>
        nth(xml, /<c r="[A-Z]+\d+"( s="\d+")?( t="[a-z]+")?/g, mutation.cell, (match) => `${match[0].replace(/ t="[a-z]+"/, '')} t="${mutation.type}"`),
      );
    case 'cell-style':
      return editSheet((xml) =>
        nth(xml, /<c r="[A-Z]+\d+"( s="-?\d+")?/g, mutation.cell, (match) => `${match[0].replace(/ s="-?\d+"/, '')} s="${mutation.style}"`),
      );
    case 'shared-string': {
      const strings = 'xl/sharedStrings.xml';
      if (!files[strings]) return;
      const xml = strFromU8(files[strings]);
      files[strings] = strToU8(nth(xml, /<si><t>[^<]*<\/t><\/si>/g, mutation.index, () => `<si><t>${escapeXml(mutation.text)}</t></si>`));
      return;
    }
    case 'dimension':
      return editSheet((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${mutation.ref}"/>`));
  }
}

export const rezip = (files: Unzipped): Uint8Array => zipSync(files, { level: 1 });
export const unzipWorkbook = (bytes: Uint8Array): Unzipped => unzipSync(bytes);
