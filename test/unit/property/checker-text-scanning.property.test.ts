import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../src/core/anonymise/aho-corasick';
import { capitalisedWords, wordsInCapitals } from '../../../src/core/anonymise/capitalised-words';
import { compactText, normaliseText } from '../../../src/core/anonymise/normalise-text';

// The checker's fast paths (the compiled automaton, the capitalised-word scan, the run-by-run
// normalisation) must find exactly what the plain definitions find, on any text: a faster scan
// that misses a name would be a leak.

// Letters a report mixes: ASCII, accented and decomposed, Turkish İ, curly quotes, dashes, spaces, marks alone.
const alphabet = [
  'a',
  'b',
  'e',
  'n',
  's',
  'A',
  'B',
  'E',
  'N',
  'S',
  ' ',
  "'",
  '’',
  '‘',
  '-',
  '–',
  'é',
  'É',
  'e\u0301',
  'İ',
  'ş',
  'ș',
  '\u0301',
  '`',
  '1',
  '2',
  '\u00a0',
  'ß',
  '.',
];
const reportText = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join(''));
const patterns = fc.array(
  fc.array(fc.constantFrom('a', 'b', 'e', 'n', 's', ' ', "'", '1'), { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
  {
    minLength: 1,
    maxLength: 8,
  },
);

/** Every occurrence of every pattern, found the slow way. */
function naiveSearch(text: string, words: string[]): string[] {
  const found: string[] = [];
  for (const [id, word] of words.entries())
    for (let start = 0; start + word.length <= text.length; start += 1) if (text.startsWith(word, start)) found.push(`${id}:${start}:${start + word.length}`);
  return found.sort();
}

// The capitalised-word rule as it was written as a regular expression.
const capitalisedPattern = /(?<![\p{L}\p{M}])\p{Lu}\p{M}*(?:[\p{Ll}\p{M}]|['’‘](?=\p{Ll}))+(?![\p{L}\p{M}])/gu;

describe('the checker reads every text as the plain definitions do', () => {
  it('the compiled automaton finds every occurrence of every pattern, overlapping ones included', () => {
    fc.assert(
      fc.property(reportText, patterns, (text, words) => {
        const automaton = new Automaton<number>();
        for (const [id, word] of words.entries()) automaton.add(word, id);
        const found = automaton.search(normaliseText(text).text).map((match) => `${match.payload}:${match.start}:${match.end}`);
        expect(found.sort()).toEqual(naiveSearch(normaliseText(text).text, words));
      }),
      { numRuns: 3000 },
    );
  });

  it('the capitalised-word scan finds the words the regular expression found', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const scanned = [...capitalisedWords(text)].map((word) => [word.start, word.text]);
        const matched = [...text.matchAll(capitalisedPattern)].map((match) => [match.index, match[0]]);
        expect(scanned).toEqual(matched);
      }),
      { numRuns: 3000 },
    );
  });

  it('the scan of words in capitals finds what its regular expression finds', () => {
    const inCapitals = /(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}]{3,}(?![\p{L}\p{M}])/gu;
    fc.assert(
      fc.property(reportText, (text) => {
        expect([...wordsInCapitals(text)].map((word) => [word.start, word.text])).toEqual(
          [...text.matchAll(inCapitals)].map((match) => [match.index, match[0]]),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('normalised and compacted text map each character back to the character it came from', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const normal = normaliseText(text);
        // Character by character, as the definition reads: lower case, accents off, quotes and dashes plain.
        let expected = '';
        const origin: number[] = [];
        for (const [index, char] of [...text].entries()) {
          const folded = { '’': "'", '‘': "'", '`': "'", '–': '-', '\u00a0': ' ', ß: 'ss' }[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
          expected += folded;
          for (let unit = 0; unit < folded.length; unit += 1) origin.push(index);
        }
        expect(normal.text).toBe(expected);
        expect([...normal.origin]).toEqual(origin);
        const compact = compactText(text, normal);
        expect(compact.text).toBe(expected.replace(/[^\p{L}\p{N}]/gu, ''));
        for (let index = 0; index < compact.text.length; index += 1) expect(normal.text[[...normal.origin].indexOf(compact.origin[index]!)]).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });
});
