// Text as the checker compares it: lower case, accents removed, curly quotes and dashes made
// plain. Each character of the normalised text remembers where it came from in the original, so
// a finding's span is always in the reviewer's own text.

export interface NormalisedText {
  text: string;
  /** For each index of `text`, the index in the original it came from. */
  origin: Int32Array;
}

const foldings: Record<string, string> = { '’': "'", '‘': "'", ʼ: "'", '`': "'", '–': '-', '—': '-', '‐': '-', '‑': '-', '\u00a0': ' ', ...letterFoldings() };

/**
 * Letters that carry their mark inside them and so do not come apart in Unicode decomposition:
 * "Małgorzata" is written "Malgorzata" where the keyboard has no ł, "Søren" as "Soren".
 */
function letterFoldings(): Record<string, string> {
  const plain: Record<string, string> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', ħ: 'h', ı: 'i', ŀ: 'l', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };
  const both: Record<string, string> = {};
  for (const [letter, folded] of Object.entries(plain)) {
    both[letter] = folded;
    const capital = letter.toUpperCase();
    if (capital !== letter && capital.length === 1) both[capital] = folded;
  }
  return both;
}

const strokeLetters = letterFoldings();

/** A word with every mark taken off, the way the checker compares words: "Ślązak" → "slazak", "Łukasz" → "lukasz". */
export function unmarked(word: string): string {
  let folded = '';
  for (const char of word.normalize('NFD')) folded += char.charCodeAt(0) < 128 ? char : (strokeLetters[char] ?? char);
  return folded.replace(/\p{M}/gu, '');
}

/** A character outside plain ASCII as it is compared (may be empty, for a combining accent). */
function foldChar(char: string): string {
  const folded = foldings[char];
  if (folded !== undefined) return folded;
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Nearly all of a report is plain ASCII, whose lower case has the same length: such runs are
 * copied and lower-cased whole, and only the other characters are folded one by one.
 */
export function normaliseText(original: string): NormalisedText {
  const pieces: string[] = [];
  let origin = new Int32Array(original.length + 8);
  let length = 0;
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end > runStart) pieces.push(original.slice(runStart, end).toLowerCase());
  };
  for (let index = 0; index < original.length; index += 1) {
    const code = original.charCodeAt(index);
    if (code < 128 && code !== 96) {
      origin[length++] = index;
      continue;
    }
    flushRun(index);
    runStart = index + 1;
    const folded = foldChar(original[index]!);
    if (length + folded.length > origin.length) {
      const grown = new Int32Array(Math.max(origin.length * 2, length + folded.length + 8));
      grown.set(origin);
      origin = grown;
    }
    for (let unit = 0; unit < folded.length; unit += 1) origin[length++] = index;
    pieces.push(folded);
  }
  flushRun(original.length);
  return { text: pieces.join(''), origin: origin.subarray(0, length) };
}

/** A value normalised the same way, for building patterns. */
export function normaliseValue(value: string): string {
  return normaliseText(value.trim().replace(/\s+/g, ' ')).text;
}

/**
 * Letters and digits only: "KM2 5RB" and "km25rb", "612 345 6784" and "612-345-6784" read the
 * same, so numbers and postcodes are found however they are spaced or punctuated.
 */
export function compactText(original: string, normal: NormalisedText = normaliseText(original)): NormalisedText {
  const source = normal.text;
  const pieces: string[] = [];
  const origin = new Int32Array(source.length);
  let length = 0;
  let runStart = -1;
  for (let index = 0; index < source.length; index += 1) {
    if (isWordCode(source, index)) {
      if (runStart < 0) runStart = index;
      origin[length++] = normal.origin[index]!;
    } else if (runStart >= 0) {
      pieces.push(source.slice(runStart, index));
      runStart = -1;
    }
  }
  if (runStart >= 0) pieces.push(source.slice(runStart));
  return { text: pieces.join(''), origin: origin.subarray(0, length) };
}

export function compactValue(value: string): string {
  return compactText(value).text;
}

const wordChar = /[\p{L}\p{N}]/u;

function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return wordChar.test(text[index]!);
}

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  return isWordCode(char, 0);
}
