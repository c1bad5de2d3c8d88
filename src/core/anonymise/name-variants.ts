import { doubleMetaphone } from 'double-metaphone';
import { unmarked } from './normalise-text';

// Spelling variants of registered names: one-letter slips, and names that sound alike across
// English and other spellings ("Yusuf" / "Yousef" / "Youssef", "Gurpreet" / "Gurprit",
// "Khadija" / "Kadija"). Each is kept narrow, because a checker that cries wolf stops being read.

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * The Double Metaphone keys of a name (primary and alternative), with a final "H" dropped so that
 * "Abdullahi" and "Abdallah" share one. Letters only: accents are removed first.
 */
export function soundKeys(name: string): string[] {
  const plain = unmarked(name)
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  if (plain === '') return [];
  const keys = doubleMetaphone(plain).map((key) => key.replace(/H$/, ''));
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/** Jaro–Winkler similarity of two words (1: the same), to keep sound-alikes to names that also look alike. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Whether a written word is another spelling of a registered name part: the same first letter,
 * a Double Metaphone key in common, and close in letters (Jaro–Winkler ≥ 0.8), so that "Ionut"
 * does not sound like "Anita" and "Analysis" not like "Alison".
 */
export function soundsAlike(word: string, name: string, wordKeys = soundKeys(word), nameKeys = soundKeys(name)): boolean {
  if (word === name) return false;
  const alike = (a: string, b: string, aKeys: string[], bKeys: string[]) =>
    a[0] === b[0] && aKeys.some((key) => key.length >= 2 && bKeys.includes(key)) && jaroWinkler(a, b) >= 0.8;
  const [foldedWord, foldedName] = [transliterationFolded(word), transliterationFolded(name)];
  return foldedWord === foldedName || alike(word, name, wordKeys, nameKeys) || alike(foldedWord, foldedName, soundKeys(foldedWord), soundKeys(foldedName));
}

/**
 * A name with the spellings of other alphabets' sounds made one: Somali orthography writes ʿayn
 * as "c" and ḥ as "x", and doubles long vowels ("Cabdullaahi" is Abdullahi, "Maxamed" Mohamed);
 * transliterations double letters and write long vowels as "ee", "oo", "ou" ("Youssef", "Rasheed").
 */
export function transliterationFolded(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/^c(?=[aeiou][^aeiou])/, '')
      .replace(/x/g, 'h')
      .replace(/ou/g, 'u')
      // Hebrew and Yiddish names in English letters: "Yitzchok", "Yitzhak" and "Itzchak" (ch, kh and h inside a name; a leading Y).
      // Not at the start: Cantonese "Cheung" is not "Heung".
      .replace(/^yi(?=[^aeiou])/, 'i')
      .replace(/(?<=.)(?<!s)ch|kh/g, 'h')
      // Bengali surnames in English letters: "Chowdhury", "Chaudhuri", "Choudhury" are one name.
      .replace(/ow/g, 'au')
      .replace(/y$/, 'i')
      .replace(/ee/g, 'i')
      .replace(/oo/g, 'u')
      .replace(/([a-z])\1/g, '$1')
  );
}
