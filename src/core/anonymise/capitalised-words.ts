// Capitalised words as written ("Chantele", "Youssef", "Ștefan" typed with a separate accent,
// "O’neill"): a capital, then lower-case letters, any combining accents, and apostrophes that
// a lower-case letter follows; not part of a longer word and not followed by another capital
// ("McDonald" is not one). A scan by character code: a long report has tens of thousands of words.

const upper = /\p{Lu}/u;
const lower = /\p{Ll}/u;
const mark = /\p{M}/u;
const letterOrMark = /[\p{L}\p{M}]/u;

const isUpper = (text: string, index: number, code: number) => (code < 128 ? code >= 65 && code <= 90 : upper.test(text[index]!));
const isLower = (text: string, index: number, code: number) => (code < 128 ? code >= 97 && code <= 122 : lower.test(text[index]!));
const isMark = (text: string, index: number, code: number) => code >= 0x300 && mark.test(text[index]!);
function isLetterOrMark(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letterOrMark.test(text[index]!);
}
const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2018;

export interface CapitalisedWord {
  start: number;
  text: string;
}

export function* capitalisedWords(text: string): Generator<CapitalisedWord> {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isUpper(text, index, code) || isLetterOrMark(text, index - 1)) continue;
    let end = index + 1;
    let letters = 0;
    // The longest end not followed by a letter: "Ea’aB" is the word "Ea", as the rule reads it.
    let wordEnd = -1;
    for (; end < text.length; end += 1) {
      const next = text.charCodeAt(end);
      if (isLower(text, end, next) || isMark(text, end, next)) letters += 1;
      else if (isApostrophe(next) && end + 1 < text.length && isLower(text, end + 1, text.charCodeAt(end + 1))) {
        if (letters > 0) wordEnd = end;
        letters += 1;
      } else break;
    }
    if (letters > 0 && !isLetterOrMark(text, end)) wordEnd = end;
    if (wordEnd > 0) yield { start: index, text: text.slice(index, wordEnd) };
    // Nothing inside a run of letters can start a word.
    while (end < text.length && isLetterOrMark(text, end)) end += 1;
    index = end - 1;
  }
}

/** Words in capitals, four letters or more ("AHMADZAY" in a pasted police header): a capital, then capitals or marks, not inside a longer word. */
export function* wordsInCapitals(text: string): Generator<CapitalisedWord> {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isUpper(text, index, code) || isLetterOrMark(text, index - 1)) continue;
    let end = index + 1;
    while (end < text.length && (isUpper(text, end, text.charCodeAt(end)) || isMark(text, end, text.charCodeAt(end)))) end += 1;
    if (end - index >= 4 && !isLetterOrMark(text, end)) yield { start: index, text: text.slice(index, end) };
    while (end < text.length && isLetterOrMark(text, end)) end += 1;
    index = end - 1;
  }
}

/** Surnames with an Irish or Scottish particle joined on ("O’Daley", "McDonough", "D’Souza"), which the capitalised-word scan does not take as one word. */
export function* particleNames(text: string): Generator<CapitalisedWord> {
  for (const match of text.matchAll(/(?<![\p{L}\p{M}])(?:O['’]|D['’]|Mc|Mac)\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])/gu))
    yield { start: match.index, text: match[0] };
}
