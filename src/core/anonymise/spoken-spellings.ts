// How an English-speaking practitioner writes down a name they heard in another alphabet's
// spelling: "Ślązak" becomes "Shlonzak", "Żurawska" "Zhuravska", "Ștefan" "Shtefan". Records are
// often typed from the sound, so a registered name with these letters is also looked for as it
// is said. Spellings from the standard pronunciations of Polish, Romanian and Turkish letters.

const polishDigraphs: [RegExp, string][] = [
  [/szcz/g, 'shch'],
  [/sz/g, 'sh'],
  [/cz/g, 'ch'],
  [/rz/g, 'zh'],
  [/dż/g, 'j'],
];
const letters: Record<string, string> = {
  ż: 'zh',
  ź: 'zh',
  ś: 'sh',
  ć: 'ch',
  ń: 'n',
  ą: 'on',
  ę: 'en',
  ł: 'w',
  ó: 'u',
  ș: 'sh',
  ş: 'sh',
  ț: 'ts',
  ţ: 'ts',
  ç: 'ch',
  ğ: '',
};
const hasOwnLetters = /[żźśćńąęłóșşțţçğ]|sz|cz|rz/;

/** The name as it is said, in English spelling, lower case; null when it has none of these letters. */
export function spokenSpelling(name: string): string | null {
  const lower = name.normalize('NFC').toLowerCase();
  if (!hasOwnLetters.test(lower)) return null;
  let spoken = lower;
  for (const [digraph, sound] of polishDigraphs) spoken = spoken.replace(digraph, sound);
  spoken = [...spoken].map((char) => letters[char] ?? char).join('');
  // Polish "w" and "j" where the word is Polish (it had Polish letters).
  if (/[żźśćńąęłó]|sz|cz|rz/.test(lower)) spoken = spoken.replace(/w/g, 'v').replace(/j/g, 'y');
  spoken = spoken.normalize('NFD').replace(/\p{M}/gu, '');
  return spoken === lower ? null : spoken;
}
