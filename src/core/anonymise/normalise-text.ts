// Text as the checker compares it: lower case, accents removed, curly quotes and dashes made
// plain. Each character of the normalised text remembers where it came from in the original, so
// a finding's span is always in the reviewer's own text.

export interface NormalisedText {
  text: string;
  /** For each index of `text`, the index in the original it came from. */
  origin: number[];
}

const foldings: Record<string, string> = { '’': "'", '‘': "'", ʼ: "'", '`': "'", '–': '-', '—': '-', '‐': '-', '‑': '-', '\u00a0': ' ' };

/** One character of the original as it is compared (may be empty, for a combining accent). */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Plain ASCII, nearly all of a report: no table or Unicode normalisation needed.
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char === '`' ? "'" : char;
  const folded = foldings[char];
  if (folded !== undefined) return folded;
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function normaliseText(original: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < original.length; index += 1) {
    const folded = foldChar(original[index]!);
    for (const char of folded) {
      text += char;
      origin.push(index);
    }
  }
  return { text, origin };
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
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < normal.text.length; index += 1) {
    const char = normal.text[index]!;
    if (isWordChar(char)) {
      text += char;
      origin.push(normal.origin[index]!);
    }
  }
  return { text, origin };
}

export function compactValue(value: string): string {
  return compactText(value).text;
}

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(char);
}
