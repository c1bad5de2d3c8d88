// Spelling variants of registered names: nicknames, one-letter slips, sound-alikes. Each is kept
// narrow, because a checker that cries wolf stops being read.

// Common English given names and their usual short forms (both ways round).
const nicknameGroups: string[][] = [
  ['lewis', 'lew', 'lewie', 'lewy', 'louie'],
  ['louis', 'lou', 'louie'],
  ['thomas', 'tom', 'tommy'],
  ['samuel', 'sam', 'sammy'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'chris', 'chrissy'],
  ['jordan', 'jord', 'jordy'],
  ['megan', 'meg'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['anita', 'nita'],
  ['chantelle', 'chan', 'shan', 'chanty'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['richard', 'rich', 'rick', 'ricky', 'dick'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'johnny', 'jack'],
  ['joseph', 'joe', 'joey'],
  ['daniel', 'dan', 'danny'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['anthony', 'tony'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['alexander', 'alex', 'sandy'],
  ['alexandra', 'alex', 'lexi'],
  ['benjamin', 'ben', 'benny'],
  ['charles', 'charlie', 'chas'],
  ['charlotte', 'charlie', 'lottie'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat'],
  ['catherine', 'cath', 'cathy', 'kate', 'katie'],
  ['rebecca', 'becky', 'becca'],
  ['jessica', 'jess', 'jessie'],
  ['victoria', 'vicky', 'tori'],
  ['jennifer', 'jen', 'jenny'],
  ['stephanie', 'steph'],
  ['stephen', 'steve'],
  ['steven', 'steve'],
  ['david', 'dave', 'davey'],
  ['andrew', 'andy', 'drew'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'trish'],
  ['susan', 'sue', 'suzy'],
  ['deborah', 'debbie', 'deb'],
  ['kimberley', 'kim'],
  ['kimberly', 'kim'],
  ['nathan', 'nate'],
  ['nathaniel', 'nate', 'nat'],
  ['gabriel', 'gabe'],
  ['frederick', 'fred', 'freddie'],
  ['harold', 'harry'],
  ['henry', 'harry', 'hal'],
  ['oliver', 'ollie'],
  ['olivia', 'liv', 'livvy'],
  ['isabella', 'bella', 'izzy'],
  ['isabelle', 'izzy', 'belle'],
  ['amelia', 'millie'],
  ['emily', 'em', 'emmy'],
  ['jacob', 'jake'],
  ['joshua', 'josh'],
  ['kerry', 'kez'],
  ['sharon', 'shaz'],
  ['karen', 'kaz'],
  ['terence', 'terry'],
  ['raymond', 'ray'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donny'],
  ['leonard', 'len', 'lenny', 'leo'],
  ['abigail', 'abby', 'abi'],
  ['zachary', 'zach', 'zac'],
  ['tyler', 'ty'],
  ['bradley', 'brad'],
  ['kieran', 'kie'],
  ['mohammed', 'mo'],
  ['muhammad', 'mo'],
  ['ibrahim', 'ibby'],
  ['aleksander', 'olek'],
];

/** Usual short forms (or full forms) of a given name, lower case; none for names not in the table. */
export function nicknamesOf(name: string): string[] {
  const lower = name.toLowerCase();
  const found = new Set<string>();
  for (const group of nicknameGroups) if (group.includes(lower)) for (const other of group) if (other !== lower) found.add(other);
  return [...found];
}

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
 * A rough sound key for English names: the first letter, then the consonants, letters that sound
 * alike merged, doubles collapsed. "Pike"/"Pyke", "Lewis"/"Louis", "Chantelle"/"Shantelle" share one.
 */
export function soundKey(name: string): string {
  let word = name.toLowerCase().replace(/[^a-z]/g, '');
  word = word
    .replace(/^kn/, 'n')
    .replace(/^wr/, 'r')
    .replace(/^ps/, 's')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/^ch/, 's')
    .replace(/sh/g, 's')
    .replace(/gh/g, '')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'u');
  const first = word[0] ?? '';
  const rest = word.slice(1).replace(/[aeiouh]/g, '');
  // The first letter is kept as written: "Analysis" must not sound like "O'Neill".
  return `${first}${rest}`.replace(/(.)\1+/g, '$1').replace(/s$/, '');
}
