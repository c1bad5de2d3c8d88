import type { Finding } from './finding';
import { capitalisedWords, type CapitalisedWord } from './capitalised-words';
import { isHighStreetBrand, otherSense } from './name-senses';
import { isKnownGivenName } from './name-short-forms';

// Identifiers recognised by their shape, registered or not.

type PatternFinding = Omit<Finding, 'replacement' | 'identifierId'>;

/** NHS numbers carry a modulus-11 check digit: ten digits that fail it are some other number. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const total = [...digits.slice(0, 9)].reduce((sum, digit, index) => sum + Number(digit) * (10 - index), 0);
  const check = 11 - (total % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const rules: { rule: string; category: string; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  {
    rule: 'nhs-number',
    category: 'nhs',
    pattern: /(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])/g,
    accept: (match) => isValidNhsNumber(match.replace(/\D/g, '')),
  },
  { rule: 'ni-number', category: 'nino', pattern: /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g },
  { rule: 'postcode', category: 'postcode', pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g },
  {
    rule: 'phone-number',
    category: 'phone',
    pattern: /(?:\+44\s?\(0\)\s?|\+44\s?|(?<![\d+])0044\s?|(?<![\d+])0)(?:\d[\s-]?){8,10}\d(?![\d])/g,
    accept: (match) => {
      const digits = match.replace(/^(?:\+44|0044)\s?(\(0\))?/, '0').replace(/\D/g, '');
      return (digits.length === 10 || digits.length === 11) && /^0[1-37-9]/.test(digits);
    },
  },
  {
    // An area code in brackets: "(01632) 960 591", "(0161) 496 0123".
    rule: 'phone-number',
    category: 'phone',
    pattern: /\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}(?![\d])/g,
    accept: (match) => {
      const digits = match.replace(/\D/g, '');
      return digits.length === 10 || digits.length === 11;
    },
  },
  { rule: 'email', category: 'email', pattern: /\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { rule: 'vehicle-registration', category: 'vrn', pattern: /\b(?:[A-Z]{2} ?\d{2} ?[A-Z]{3}|[A-HJ-NP-Y]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-HJ-NP-Y])\b/g },
  // Irish plates (year, county, number): "08-D-41723", "151-KY-2034".
  {
    rule: 'vehicle-registration',
    category: 'vrn',
    pattern: /\b\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW)-\d{1,6}\b/g,
  },
];

export function findPatterns(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  for (const { rule, category, pattern, accept } of rules) {
    for (const match of text.matchAll(pattern)) {
      if (accept && !accept(match[0])) continue;
      findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category, severity: 'high', rule });
    }
  }
  return findings;
}

const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const fullDates = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${monthNames})\\.?,? \\d{4}\\b`, 'g'),
  new RegExp(`\\b(?:${monthNames})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`, 'g'),
  /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/g,
];

/** Full calendar dates: with other details they can identify a family; month and year is usually enough. */
export function findFullDates(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  for (const pattern of fullDates) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'full-date', severity: 'low', rule: 'full-date' });
    }
  }
  return findings;
}

// A name word: a capital then a small letter ("Okoro") or an apostrophe and capital ("O'Brien"); not "P's".
const nameWord = "\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}\\p{M}'’-]*";
// Titles that go before a name: courtesy, professional, police, civic, and religious and community ones.
const titleWords =
  'Dr|Mr|Mrs|Ms|Miss|Mx|Prof|PC|DC|DS|DI|DCI|Sgt|Cllr|Councillor|Rev|Revd|Reverend|Pastor|Rabbi|Rebbetzin|Reb|Imam|Sheikh|Shaykh|Mamosta|Mullah|Mawlawi|Haji|Hajji|Alhaji|Ustadh|Ustaz|Maulana|Mufti|Giani|Bhai|Canon|Bishop|Father|Fr|Sister|Elder|Apostle|Deacon|Evangelist';
const titled = new RegExp(`\\b(?:${titleWords})\\.? (?:${nameWord})(?: (?:${nameWord})){0,2}`, 'gu');
// Church titles that are also said of figures of faith ("the Prophet Muhammad", "Prophet Elijah"): a person only with a first name and a surname.
const titledInFull = new RegExp(
  `\\b(?:Prophet|Prophetess|Overseer|Auntie|Aunty|Uncle)\\.? (?!Muhammad\\b|Mohammed\\b|Mohammad\\b|Mary\\b)(?:${nameWord}) (?:${nameWord})`,
  'gu',
);
// Places named by their kind first, as Hebrew, Arabic and Welsh names are: "Kehillas Nachlas Yaakov", "Chevra Refuah",
// "Darul Uloom Al-Noor", "Ysgol Bryn Celyn" (community, society, house of learning, school).
const kindFirst = new RegExp(
  `\\b(?:Kehillas|Kehilla|Chevra|Ohel|Beis|Bais|Talmud Torah|Yeshivas|Yeshiva|Kollel|Tomchei|Ezras|Bnos|Bnei|Jamia|Darul|Madrasa|Madrassa|Ysgol|Capel|Eglwys|Canolfan)(?: (?:${nameWord})){1,3}`,
  'gu',
);
// Prisons and young offender institutions: "HMP Ravensmoor", "HMYOI Fernhill".
const prison = /\b(?:HMP|HMYOI|HMP\/YOI|YOI)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu;
// In a heading in capitals: "DR PATEL", "MRS KHAN".
const titledInCapitals =
  /\b(?:DR|MR|MRS|MS|MISS|PC|DC|DS|CLLR|COUNCILLOR|REV|REVEREND|PASTOR|RABBI|IMAM|SHEIKH)\.? (?:[A-Z][A-Z'’-]+)(?: [A-Z][A-Z'’-]+){0,2}\b/g;
const placeSuffixes =
  "School|Academy|Primary|Nursery|Pre-School|Surgery|Medical Centre|Health Centre|Hospital|Infirmary|Clinic|Practice|College|Children’s Centre|Children's Centre|Family Hub|Youth Club|Community Centre|Learning Centre|Trauma Centre|Centre|Road|Street|Lane|Close|Avenue|Drive|Crescent|Grove|Gardens|Court|Terrace|Way|Estate|Park|Square|Mews|Walk|Parade|Rd|Ave|Cres|Gdns|Terr|Pde|Ward|" +
  // Named buildings and blocks of flats.
  'Heights|Tower|Towers|House|Point|Mansions|Lodge|Buildings|Plaza|' +
  // Businesses by their trade.
  'Cabs|Cars|Taxis|Taxi|Minicabs|Farm|Farms|Mill|Metals|Metal Recycling|Food & Wine|Food and Wine|Haulage|Transport|Express|Private Hire|Cleaning Services|Cleaning|Cleaners|Hair & Beauty|Hair and Beauty|Beauty|Deli|Removals|Builders|Scaffolding|Roofing|Tyres|Autos|Car Sales|Scrap Metal|Tarmac|Surfacing|Landscaping|Grocers|Grill|Pharmacy|Chemist|Chemists|Launderette|Laundrette|Takeaway|Tandoori|Kebabs|Kebab House|Pizza|Pizzeria|Chippy|Fish Bar|Barbers|Barber|Salon|Nails|Tattoo|Tattoos|Vapes|Vape|Vape Shop|Stores|Store|Supermarket|Mini Market|Minimarket|Off Licence|Newsagents|Newsagent|Cash and Carry|Car Wash|Hand Car Wash|Motors|Garage|Café|Cafe|Restaurant|Bakery|Butchers|Gym|Fitness|Lounge|Snooker Club|Cricket Club|Football Club|Boxing Club|Interpreting|Lettings|Estates|Homes|Hotel|Inn|Arms|Tavern|Bar|Church|Chapel|Tabernacle|Mosque|Masjid|Gurdwara|Temple|Mandir|Synagogue';
// Courts and other national bodies take the same suffixes but name nobody.
const placeWord =
  "(?!The\\b|A\\b|An\\b|Local\\b|Our\\b|His\\b|Her\\b|Their\\b|This\\b|That\\b|Primary\\b|Secondary\\b|Infant\\b|Junior\\b|Family\\b|Crown\\b|County\\b|High\\b|Youth\\b|Magistrates['’]?\\b|Coroner['’]?s\\b|Private\\b|Public\\b|Care\\b|Foster\\b|Halfway\\b|Safe\\b|Police\\b|Open\\b|Parliament\\b|Royal\\b|Jamia\\b|Central\\b)\\p{Lu}[\\p{L}\\p{M}'’-]+";
const placed = new RegExp(`\\b(?:${placeWord} ){1,3}(?:${placeSuffixes})\\b`, 'gu');
// A social-media handle: "@kaylz.x", "@mdot_plugg" (an email's "@" has a name before it).
const handle = /(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b/g;
// A user name without its "@" (a gaming tag, a Snapchat name): letters joined by an underscore, which prose never has.
const username = /(?<![\w.@/\\])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?![\w@/\\]|\.[A-Za-z])/g;

// Words that make a table cell a role, an agency or a heading rather than a person's name.
const notNameWords = new Set(
  (
    'health visitor visiting social worker work care school nurse nursing police officer constable family support early help youth justice designated safeguarding lead ' +
    'mother father grandmother grandfather stepfather stepmother aunt uncle cousin sister brother child children baby teacher head deputy class practitioner manager team ' +
    'service services housing probation hospital emergency department general practice practitioner duty desk referral strategy meeting discussion home visit call contact ' +
    'assessment plan review conference initial case legal planning court order date agency event outcome action notes note source role name time key interpreter paediatrician ' +
    'paediatric consultant doctor midwife midwifery specialist diabetes community mental substance misuse domestic abuse advocate independent reviewing named designated ' +
    'learning disability disabilities council county city borough district trust board partnership panel academy primary secondary nursery surgery clinic centre unit ward ' +
    'not seen yes no unknown none present apologies attended absent chair minute minutes report letter email text phone telephone message appointment missed attended ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'north south east west central new old upper lower great little st saint royal the and of for with at in on to by ' +
    'masjid jamia mosque church chapel gurdwara temple mandir synagogue shul'
  ).split(' '),
);
const nameCell = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:\s+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,2}$/u;

/** Untitled full names standing alone in the cells of a table pasted from a spreadsheet (tab-separated rows) or written with bars. */
function namesInTableRows(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  if (!text.includes('\t') && !text.includes('|')) return findings;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    // Cells between tabs, or between bars ("Class teacher | Millbeck Primary | Gary Whitehead").
    const separator = line.includes('\t') ? '\t' : (line.match(/\|/g)?.length ?? 0) >= 2 ? '|' : null;
    if (separator) {
      let cellStart = lineStart;
      for (const cell of line.split(separator)) {
        const trimmed = cell.trim();
        const words = trimmed.split(/\s+/).map((word) => word.toLowerCase().replace(/['’]s$/, ''));
        if (nameCell.test(trimmed) && !words.some((word) => notNameWords.has(word))) {
          const start = cellStart + cell.indexOf(trimmed);
          findings.push({ start, end: start + trimmed.length, text: trimmed, category: 'name', severity: 'medium', rule: 'name-in-table' });
        }
        cellStart += cell.length + 1;
      }
    }
    lineStart += line.length + 1;
  }
  return findings;
}

/** Among capitals (a heading, a pasted label), a known given name and the surname after it: "CONVERSATION WITH HALIMA JAMA", "CHAIR: KAREN DOYLE". */
function namesInCapitals(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  for (const match of text.matchAll(/\b([A-Z][A-Z'’-]{2,}) ([A-Z][A-Z'’-]{1,})\b/g)) {
    if (!isKnownGivenName(match[1]!) || everydayGivenNames.has(match[1]!.toLowerCase())) continue;
    findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'name', severity: 'medium', rule: 'name-in-capitals' });
  }
  return findings;
}
/**
 * In prose, a known given name and a capitalised surname after it, neither in the register: "Tyler Price", "Marcus
 * Drayton". Not where the pair names a street, a building or a business ("Victoria Road", "John Lewis"), nor where the
 * second word is a role, an agency or another given name.
 */
function namesInProse(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  let previous: CapitalisedWord | null = null;
  for (const word of capitalisedWords(text)) {
    const first = previous;
    previous = word;
    if (!first || first.start + first.text.length + 1 !== word.start || text[word.start - 1] !== ' ') continue;
    const [given, surname] = [first.text.toLowerCase(), word.text.toLowerCase().replace(/['’]s$/, '')];
    if (surname.length < 3 || !isKnownGivenName(given) || everydayGivenNames.has(given) || isKnownGivenName(surname) || notNameWords.has(surname)) continue;
    const end = word.start + word.text.length;
    if (/^['’-]/.test(text.slice(end, end + 1))) continue;
    // "Shannon Airport", "Paddy Power", "Victoria Road": the given name in another sense, or naming a place.
    if (placeAfter.test(text.slice(end, end + 30)) || otherSense(text, first.start, first.start + first.text.length) !== null) continue;
    findings.push({ start: first.start, end, text: text.slice(first.start, end), category: 'name', severity: 'medium', rule: 'name-in-prose' });
  }
  return findings;
}
const placeAfter = new RegExp(
  `^\\s+(?:${placeSuffixes})\\b|^['’]s\\s+(?:${placeSuffixes})\\b|^\\s+(?:Act|Foundation|Trust|Institute|Centre|Award|Prize|Report|Review|Lecture)\\b`,
  'u',
);

// Given names that are also words in capitals ("WILL", "MAY", "HOPE").
const everydayGivenNames = new Set([
  'will',
  'mark',
  'may',
  'june',
  'rose',
  'hope',
  'faith',
  'grace',
  'joy',
  'bill',
  'pat',
  'sue',
  'jack',
  'summer',
  'ray',
  'don',
  'rich',
  'frank',
  'chan',
  'sandy',
  'drew',
  'nat',
  'ant',
  'dom',
  'con',
  'dec',
  'cal',
  'kit',
  'jas',
]);

/** Names and places the register does not hold, found by their shape: "Dr Samuel Okoro", "Pastor Joseph Mensah", "Kestrel Heights", "Castle Cabs", "@name.x". */
export function findLikelyNames(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  for (const pattern of [titled, titledInCapitals, titledInFull]) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'name', severity: 'medium', rule: 'titled-name' });
    }
  }
  for (const match of [...text.matchAll(placed), ...text.matchAll(prison), ...text.matchAll(kindFirst)]) {
    // The name of an Act ("the Mobile Homes Act 1983") names nobody.
    if (/^\s+Act\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 5)) || isHighStreetBrand(match[0])) continue;
    // "Jamia Masjid" (a congregational mosque), "Talmud Torah School": the kind said twice names no one place.
    if (/^\S+(?: Torah)?(?: (?:Masjid|Mosque|School|Schools|Centre|Hall|Primary|Boys|Girls))+$/.test(match[0])) continue;
    findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'place', severity: 'medium', rule: 'named-place' });
  }
  for (const match of text.matchAll(handle)) {
    findings.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      category: 'handle',
      severity: 'high',
      rule: 'social-media-handle',
    });
  }
  for (const match of text.matchAll(username))
    findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'handle', severity: 'medium', rule: 'user-name' });
  findings.push(...namesInTableRows(text), ...namesInCapitals(text), ...namesInProse(text));
  return findings;
}
