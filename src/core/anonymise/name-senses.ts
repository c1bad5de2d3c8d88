import { footballClubNames, gazetteer } from './gazetteer';

// A registered first name that is also a place, a club or part of an organisation's name
// ("Georgia", "Lincoln", "Kent", "Everton", "Faith") is not the person where the words around it
// say so: "lived in Georgia", "the A46 to Lincoln", "Kent Police", "supports Everton", "the
// charity Faith in Families". Only these senses are ruled out; "Georgia said" is still Georgia.

// An organisation or place the word names when one of these follows it ("Kent Police", "Everton FC", "Lincoln County Hospital").
const namesFollowing =
  /^(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:Police|Constabulary|County|Council|Borough|City|FC|AFC|Football|United|Rovers|Athletic|Wanderers|Airport|Station|Cathedral|University|Hospital|Infirmary|Road|Street|Avenue|Lane|Way|Park|Square|Museum|Zoo|Prison|Foundation|Trust|Institute|Society|Fund|Bank|Building\s+Society|Valley|Estuary|Power)\b/u;
// The word in its ordinary sense, before a common noun: "Faith communities", "Hope groups".
const ordinaryFollowing = /^\s+(?:communities|community|groups|group|leaders|organisations|settings|sector|based|-based|schools|networks)\b/iu;
// Being in, going to or coming from a place ("lived in Georgia", "moved back to Lincoln", "originally from Jordan").
const placeBefore =
  /(?:\b(?:in|near|outside|across|around|throughout|to\s+and\s+from)|\b(?:moved|moving|travelled|traveled|travelling|flew|flying|returned|returning|relocated|emigrated|deported|sent|trip|trips|holiday|holidays|visit|visits|journey|pilgrimage|flights?|road|route|way|motorway|train|coach|bus|drive|drove|back)\s+(?:back\s+)?to|\b(?:man|woman|men|women|driver|drivers|family|families|people|relatives|national|nationals|refugees?|migrants?|workers?|students?|visitors?|friends?)\s+from|\b[AM]\d{1,4}\s+to|\b(?:originally|came|comes|come|moved|migrated|fled|arrived|deported)\s+from)\s+$/iu;
// Following a club ("supports Everton", "an Everton supporter" is caught by the word after).
const clubBefore =
  /\b(?:supports?|supporting|follows|following|supporter\s+of|fan\s+of|season\s+ticket\s+(?:at|for)|played\s+for|plays\s+for|watch(?:ed|ing)?)\s+$/u;
const clubAfter = /^\s+(?:supporter|supporters|fan|fans|shirt|shirts|match|matches|game|games|kit|ground|season)\b/u;
// Part of an organisation's own name ("the charity Faith in Families", "Hope for Children project").
const organisationBefore =
  /\b(?:the\s+)?(?:charity|charities|organisation|project|programme|campaign|group|scheme|service|network|foundation|trust)\s+(?:called\s+|named\s+)?$/iu;

// Brands and businesses of the high street that carry a person's name or a place's.
const brands = [
  'john lewis',
  'paddy power',
  'william hill',
  'marks and spencer',
  'marks & spencer',
  'lloyds bank',
  'lloyds',
  'halifax',
  'sainsbury',
  'morrisons',
  'ladbrokes',
  'harvey nichols',
  'mcdonald',
  'specsavers',
  'boots',
  'ted baker',
  'dorothy perkins',
  'clarks',
  'tesco',
  'barclays',
  'coral',
];
const brandContext =
  /^(?:['’]s)?\s+(?:pharmacy|chemist|voucher|vouchers|card|cards|account|accounts|bank|store|shop|branch|bet|bets|betting|app|gift|savings|loan|mortgage|staff|uniform|till|bag)\b/iu;
const multiWordBrands = brands.filter((brand) => brand.includes(' '));
/** "Lloyds Pharmacy", "Boots Chemist": a national chain, not a local business that could point to a family. */
export function isHighStreetBrand(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return brands.some((brand) => lower === brand || lower.startsWith(`${brand} `));
}

function brandNamed(text: string, start: number, end: number): boolean {
  const word = text
    .slice(start, end)
    .toLowerCase()
    .replace(/['’]s$/, '');
  // A two-word brand is one by itself, where the word is inside it ("a John Lewis voucher").
  if (insidePhrase(text, start, end, multiWordBrands)) return true;
  // A one-word one needs a word after it saying so ("a Halifax account", "Boots store").
  return brands.includes(word) && brandContext.test(text.slice(end, end + 20));
}

// People in public life a safeguarding report quotes by name: national figures of children's policy and practice, and others.
const publicFigures = ['rachel de souza', 'josh macalister', 'eileen munro', 'anne longfield', 'annie hudson', 'maggie atkinson', 'carrie lam'];
// Festivals and holy days whose names hold words that are names: "Festa Junina", "Dia de Reis", "Guru Nanak Jayanti".
const festivals = [
  'festa junina',
  'dia de reis',
  'dia dos reis',
  'guy fawkes',
  'rosh hashanah',
  'yom kippur',
  'simchat torah',
  'guru nanak jayanti',
  'chinese new year',
];

/** Whether the word at start..end is inside one of these phrases as the text writes it ("Dame Rachel de Souza"), not merely near one. */
function insidePhrase(text: string, start: number, end: number, phrases: readonly string[]): boolean {
  const from = Math.max(0, start - 24);
  const window = text.slice(from, end + 24).toLowerCase();
  const word = text.slice(start, end).toLowerCase();
  for (const phrase of phrases) {
    // Only phrases holding the word are tried: most findings are in none of them.
    if (!phrase.includes(word.replace(/['’]s$/, '').slice(0, 3))) continue;
    for (const match of window.matchAll(phrasePattern(phrase))) {
      const phraseStart = from + match.index;
      if (phraseStart <= start && phraseStart + match[0].length >= end) return true;
    }
  }
  return false;
}
const phrasePatterns = new Map<string, RegExp>();
/** "rachel de souza" as the text may write it: the words with any spaces between. */
function phrasePattern(phrase: string): RegExp {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(
      phrase
        .split(' ')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
      'g',
    );
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}
const publicFigure = (text: string, start: number, end: number) => insidePhrase(text, start, end, publicFigures);
const namedFestival = (text: string, start: number, end: number) => insidePhrase(text, start, end, festivals);

/** Why the word at start..end of the text is not the person but a place, club or organisation; null when it may be the person. */
export function otherSense(text: string, start: number, end: number): string | null {
  const word = text
    .slice(start, end)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (namesFollowing.test(after)) return 'part of a name of a place or organisation';
  // A saint's day, a saint's cross, a river, a county: "St Patrick's Day", "St Brigid's cross", "the River Dee", "County Clare".
  if (/\b(?:St\.?|Saint)\s+$/u.test(before)) return 'a saint’s name';
  if (/\b(?:River|Afon|Lake|Loch|Llyn|Mount|County|Co\.)\s+$/u.test(before)) return 'a place';
  // Part of a compound name: "Winnie-the-Pooh", "Jack-in-the-box".
  if (/^-(?:the|in|on|of|a)-/u.test(after)) return 'part of another name';
  if (publicFigure(text, start, end)) return 'a public figure';
  if (namedFestival(text, start, end)) return 'a festival';
  // Shops and banks named after people: "a John Lewis voucher", "Lloyds Bank", "the Halifax".
  if (brandNamed(text, start, end)) return 'a brand';
  if (organisationBefore.test(before)) return 'part of an organisation’s name';
  if (footballClubNames.has(word) && (clubBefore.test(before) || clubAfter.test(after))) return 'a football club';
  if (gazetteer.has(word) && placeBefore.test(before)) return 'a place';
  // The place said of an institution: "the Kent custody record", "a Kent officer".
  if (
    gazetteer.has(word) &&
    /^\s+(?:officers?|custody|force|constabulary|police|council|coast|coastline|border|area|region|accent|court|courts|prison|county|services?|schools?|hospitals?)\b/u.test(
      after,
    )
  )
    return 'a place';
  // Named with other places: "Mecca and Medina", "Georgia or Armenia".
  const listedBefore = /(\p{L}+)\s*(?:,|and|or|&)\s+$/u.exec(before)?.[1];
  const listedAfter = /^\s*(?:,|and|or|&)\s+(\p{L}+)/u.exec(after)?.[1];
  if (gazetteer.has(word) && [listedBefore, listedAfter].some((other) => other !== undefined && gazetteer.has(other.toLowerCase()))) return 'a place';
  if (ordinaryFollowing.test(after)) return 'an ordinary word here';
  return null;
}
