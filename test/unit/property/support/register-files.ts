import fc from 'fast-check';
import { identifierKinds } from '../../../../src/core/anonymise/identifier-register';

// Registers of identifiers (CSV kind,value,replacement,note) as a reviewer might write or damage
// them, and texts to check against them.

const kind = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...identifierKinds) },
  { weight: 2, arbitrary: fc.constantFrom(' Person ', 'ALIAS', 'Place', 'people', 'name', '', 'kind', 'adress') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

export const nameParts = [
  'Lewis',
  'Harding',
  'Chantelle',
  'Jordan',
  'Pike',
  'Kerry',
  'Barker',
  'Iwona',
  'Imran',
  'Isabelle',
  'Zoë',
  'Siobhán',
  "O'Neill",
  'Lloyd-Jones',
  'Mohammed',
  'Ng',
  'Al',
  'Ed',
  'Bo',
];
const value = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...nameParts), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '3 Larch Grove, Kingsmere, KM2 5RB',
      'Little Acorns Nursery',
      '22/11/2018',
      '612 345 6784',
      'KM/19/221876',
      'JP',
      'Mr P',
      'the',
      'a',
      'Will',
      'St',
      'Holy Trinity C of E Infant School',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '"', '""', ',', '\n', '\uFEFF', '\uD800', 'İ', 'ß', 'ﬁ') },
);
const freeText = fc.oneof(fc.constantFrom('', 'Leo', 'Mother', 'the family home', 'the nursery'), fc.string({ maxLength: 15 }));

export interface RegisterRow {
  kind: string;
  value: string;
  replacement: string;
  note: string;
}

export const registerRow: fc.Arbitrary<RegisterRow> = fc.record({ kind, value, replacement: freeText, note: freeText });

const header: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string[]>(['kind', 'value', 'replacement', 'note']) },
  { weight: 3, arbitrary: fc.shuffledSubarray(['Kind', ' VALUE ', 'replacement', 'note', 'extra'], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }) },
);

/** A register as CSV text: a header, rows in its column order, with careful or careless quoting. */
export const registerCsv: fc.Arbitrary<string> = fc
  .record({
    header,
    rows: fc.array(registerRow, { maxLength: 25 }),
    newline: fc.constantFrom('\n', '\r\n'),
    quoting: fc.constantFrom('careful', 'careful', 'careful', 'always', 'never'),
    bom: fc.boolean(),
    blankLines: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ header: columns, rows, newline, quoting, bom, blankLines }) => {
    const quote = (cell: string) => {
      const needs = /[",\r\n]/.test(cell);
      return quoting === 'always' || (quoting === 'careful' && needs) ? `"${cell.replace(/"/g, '""')}"` : cell;
    };
    const field = (row: RegisterRow, column: string): string => (row as unknown as Record<string, string>)[column.trim().toLowerCase()] ?? '';
    const lines = [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => quote(field(row, column))).join(','))];
    for (const at of blankLines) lines.splice(1 + (at % lines.length), 0, '');
    return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
  });

export type TextEdit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'remove-line'; line: number };

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom('"', ',', '\n', '\r', ',,', '""', 'alias,', 'person,', '\uFEFF', '\u0000'), fc.string({ maxLength: 10 })),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('remove-line' as const), line: fc.nat() }),
);

export function applyTextEdit(text: string, edit: TextEdit): string {
  if (edit.kind === 'delete' || edit.kind === 'insert' || edit.kind === 'truncate') {
    const at = edit.at % (text.length + 1);
    if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
    if (edit.kind === 'insert') return text.slice(0, at) + edit.text + text.slice(at);
    return text.slice(0, at);
  }
  const lines = text.split('\n');
  if (edit.kind === 'duplicate-line') {
    const line = edit.line % lines.length;
    lines.splice(line, 0, lines[line]!);
  } else if (edit.kind === 'remove-line') {
    lines.splice(edit.line % lines.length, 1);
  } else {
    const a = edit.a % lines.length;
    const b = edit.b % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  }
  return lines.join('\n');
}

/** Text written around registered values: as registered, changed in case or spelling, run into other words. */
export function textAround(values: readonly string[]): fc.Arbitrary<string> {
  // Whole values and each word of them: the checker looks for parts of names too.
  const words = [...new Set([...values, ...values.flatMap((value) => value.split(/[\s,]+/))].filter((word) => word !== ''))];
  const registered = words.length > 0 ? fc.constantFrom(...words) : fc.constant('Lewis');
  const change = (text: string, how: number, extra: string): string => {
    switch (how) {
      case 0:
        return text.toUpperCase();
      case 1:
        return text.toLowerCase();
      case 2:
        return `İ${text.slice(1)}`;
      case 3:
        return `X${text}`;
      case 4:
        return `${text}’s`;
      case 5:
        return text.normalize('NFD');
      case 6:
        return text.replace(/[aeiou]/, 'é');
      case 7:
        return `${text.slice(0, -1)}${extra}`;
      case 8:
        return `Mr ${text}`;
      default:
        return text;
    }
  };
  // One or two changes: "İwon" is a capital İ and a letter dropped.
  const variant = fc
    .tuple(registered, fc.array(fc.tuple(fc.nat({ max: 9 }), fc.string({ maxLength: 2 })), { minLength: 1, maxLength: 2 }))
    .map(([text, changes]) => changes.reduce((changed, [how, extra]) => change(changed, how, extra), text));
  const piece = fc.oneof(
    { weight: 3, arbitrary: registered },
    { weight: 3, arbitrary: variant },
    { weight: 2, arbitrary: fc.lorem({ maxCount: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'SW1A 1AA',
        '943 476 5919',
        'QQ 12 34 56 C',
        '07700 900123',
        'leo@example.org',
        'AB12 CDE',
        '14/02/2021',
        'Dr Smith',
        'Kingsmere General Hospital',
        '\uD800',
        '\u0301',
        'ﬁ',
        'ß',
        'İ',
      ),
    },
  );
  const separator = fc.constantFrom(' ', ' ', ', ', '. ', '\n', '-', '', '’', '\u00a0', '(', ')');
  return fc.array(fc.tuple(piece, separator), { maxLength: 20 }).map((parts) => parts.map(([part, sep]) => part + sep).join(''));
}
