import { parseUkDate } from '../dates/parse-uk-date';
import { dateForms } from './date-forms';
import type { Severity } from './finding';
import type { IdentifierKind, RegisteredIdentifier } from './identifier-register';
import { shortFormsOf } from './name-short-forms';
import { streetTypeForms } from './street-types';
import { gazetteer } from './gazetteer';
import { compactValue, normaliseValue, unmarked } from './normalise-text';

// Each register entry becomes the forms it may appear in: the whole value, each part of a name,
// the street of an address, the distinctive words of a school's name, every written form of a
// date, a number however it is spaced. The checker looks for all of them at once.

export interface RegisterForm {
  /** Normalised (word forms) or compacted (number forms) text to look for. */
  pattern: string;
  /** Look in the compacted text (letters and digits only) rather than the word text. */
  compact: boolean;
  /** When set, the text must match this exactly, case included ("Will", "JP"): short names that are also words. */
  exactCase: string | null;
  /** The text must begin with a capital ("Brookfield", "BROOKFIELD"): a single distinctive word that is also an ordinary one. */
  capitalised: boolean;
  identifier: RegisteredIdentifier;
  category: string;
  severity: Severity;
  rule: string;
  /** Why this is the registered entry, for the reviewer, when it is not plain: "short form of “Ibrahim”". */
  reason: string | null;
}

export const titles = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'pc', 'dc', 'ds', 'di', 'dci', 'sgt', 'cllr', 'rev', 'nurse', 'sister'];

// Words in a school's or organisation's name that say what it is, not which one it is.
const genericWords = new Set(
  (
    'school academy primary secondary infant infants junior juniors nursery pre-school preschool college university church c of e ce rc catholic ' +
    'methodist community free high grammar federation trust surgery practice medical centre center health hospital general royal infirmary ' +
    "clinic ward unit children's childrens children centre family services service club the and st saint masjid mosque gurdwara temple church hub youth estate " +
    // Kinds of school, nursery and faith community: "Bramblewood Day Nursery", "St Columba's CofE Primary", "Shiloh Covenant Church".
    'day cofe voluntary aided controlled special sixth form pupil referral montessori kindergarten playgroup creche daycare supplementary madrassa madrasa ' +
    'pentecostal baptist evangelical reformed anglican orthodox parish chapel cathedral synagogue tabernacle assembly assemblies fellowship ministries ministry ' +
    'gospel covenant christian islamic muslim jewish sikh hindu international teaching nhs group dental ' +
    // Welsh: school, chapel, church, centre, surgery.
    'ysgol capel eglwys canolfan meddygfa ' +
    // Charities and services: "Pontydd Refugee Support", "Open Door Freedom Trust".
    'support refugee refugees asylum charity project network association society aid action advice welfare foundation learning ' +
    // Places of the landscape: "Whelpmoor Drain", "Marsh Lane Camp".
    'drain dyke dike ditch brook river camp site caravan common recreation ground playing fields ' +
    // Portuguese, Spanish and Slovak churches: "Igreja Evangélica Fonte de Vida", "Cirkev Evanjelická Nádej".
    'evangélica evangelica evangélico evangelico assembleia comunidade cristã crista batista pentecostal evanjelická evanjelicka'
  ).split(' '),
);
// First words of a name that do not say which one it is alone: "Queen" of Queen Adelaide Hospital, "North" of North Lodge School.
const commonFirstWords = new Set(
  (
    'queen king prince princess duke duchess lady sir royal north south east west northern southern eastern western new old great little upper lower ' +
    'holy blessed sacred our all christ mount park green hill high church city county central grand greater first the'
  ).split(' '),
);

const postcodePattern = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
// Names that are also everyday words: matched only with their own capitals.
const everydayWords = new Set([
  'will',
  'mark',
  'rose',
  'grace',
  'hope',
  'faith',
  'joy',
  'may',
  'june',
  'april',
  'bill',
  'pat',
  'sue',
  'art',
  'jack',
  'dawn',
  'summer',
  'autumn',
  'ivy',
  'holly',
  'hazel',
  'daisy',
  'amber',
  'ruby',
  'pearl',
  'violet',
  'heather',
  'lily',
  'bob',
  'rob',
  'don',
  'ray',
  'gene',
  'guy',
  'sandy',
  'rich',
  'frank',
  'earl',
  'chance',
  'chan',
  'king',
  'page',
  'long',
  'little',
  'young',
  'brown',
  'white',
  'green',
  'black',
  'wood',
  'hill',
  'mo',
  'al',
  'ed',
  'em',
  'liv',
  'kit',
  'meg',
  'tom',
  'sam',
]);

function needsExactCase(word: string): string | null {
  const lower = word.toLowerCase();
  return word.length <= 3 || everydayWords.has(lower) || (word === word.toUpperCase() && /[A-Z]/.test(word)) ? word : null;
}

const categoryOfKind: Record<IdentifierKind, string> = {
  person: 'person',
  alias: 'person',
  date: 'date',
  address: 'address',
  school: 'school',
  organisation: 'organisation',
  place: 'place',
  other: 'number',
};

// Arabic articles written before a surname ("al-Rashid", "El Rashid", "as-Sayed"); records also
// join them ("Alrashid"), swap al and el, or leave them off ("Rashid").
const articles = new Set(['al', 'el', 'ul', 'as', 'ash', 'ad', 'ar', 'an', 'at', 'az']);

// Two- and three-letter acronyms a report uses: initials that spell one are never taken for a person.
const acronyms = new Set(
  'AE ED GP HV SW DA CP CIN CLA LAC CME CPP CSA CSC CSE DSL EHA EPO FGC FII ICB IRO NAI NFA PLO SGO YOT ABE TAF DV PC DC DS DI MP UK NHS OK TV ID IT HR PE RE AM PM BBC SEN SENCO EHCP CAMHS MASH ICPC RCPC IDVA LADO CDOP SUDI ACE ACES DCI SGT TA JP ASB ADHD ASD OT SLT MH PCSO PSO CID CPS YJS YOS SW1 GP1 HV1 DOB NI NIN RTA RTC AWOL BTEC GCSE'.split(
    ' ',
  ),
);

/** The ways records write a person's initials: "J.D.", "J. D.", "J D", "JD" (upper case only). */
function initialsForms(letters: string): string[] {
  if (letters.length < 2 || acronyms.has(letters)) return [];
  const chars = [...letters];
  return [chars.join('.') + '.', chars.join('. ') + '.', chars.join(' '), letters];
}

// Devotional parts of names that many people share and nobody is called by alone: "Md." Mohammed before a Bangladeshi
// given name, "Abdul" ("servant of") joined to the name after it. With a title ("Mr Abdul") the titled-name rule still
// finds them, and the whole name is always found. ("Begum" and "Islam" are surnames too, and are looked for.)
const devotionalFirst = new Set(['mohammed', 'mohammad', 'muhammad', 'mohamed', 'md']);
function isDevotionalPart(part: string, words: readonly string[]): boolean {
  const plain = unmarked(part).toLowerCase().replace(/\.$/, '');
  // "Md. Shafiqur Rahman": Mohammed before two more names is the devotional prefix; in "Mohammed Hassan" it is his name.
  if (devotionalFirst.has(plain)) return words.length >= 3 && unmarked(words[0]!).toLowerCase().replace(/\.$/, '') === plain;
  // "Abdul" is joined to the name after it ("servant of the Merciful"): not a name alone unless it is the last.
  return (plain === 'abdul' || plain === 'abu') && words.at(-1) !== part;
}

/** A value's words without titles: "Mrs Jane Doe" → Jane, Doe. */
const nameWords = (value: string) => value.split(/\s+/).filter((word) => word !== '' && !titles.includes(word.toLowerCase().replace(/\.$/, '')));

/** Words naming the town of an address, and registered places: a school's one distinctive word that is one of these is the town, not the school. */
function townWords(identifiers: readonly RegisteredIdentifier[]): Set<string> {
  const towns = new Set<string>();
  for (const identifier of identifiers) {
    if (identifier.kind === 'place') towns.add(normaliseValue(identifier.value));
    if (identifier.kind !== 'address') continue;
    for (const component of identifier.value.split(',').map((part) => part.trim()))
      if (!/\d/.test(component) && !postcodePattern.test(component)) towns.add(normaliseValue(component));
  }
  return towns;
}

// Words that name a kind of place before its name: English, Welsh, Hebrew, Arabic, Portuguese, Spanish, French, Italian, Polish, Slovak, Romanian.
const leadingKinds =
  /^(?:the|ysgol|capel|eglwys|talmud|torah|cheder|yeshiva|yeshivas|kollel|madrassa|madrasa|igreja|iglesia|capela|escola|centro|cirkev|cirkevný|zbor|église|eglise|chiesa|kościół|kosciol|biserica)$/iu;

/** The words of a school's or organisation's name that say which one it is: "Brookfield", "St Anne's", "Holy Trinity". */
function distinctiveWords(value: string): string[] {
  // A name that begins with a kind ("Ysgol Maes Glasfryn", "The Bridge Learning Centre"): its distinctive part follows.
  let words = value.split(/\s+/);
  const kindFirst = leadingKinds.test(words[0] ?? '');
  while (words.length > 1 && leadingKinds.test(words[0]!)) words = words.slice(1);
  // "Igreja Evangélica Fonte de Vida": after the kind, its description too.
  if (kindFirst) while (words.length > 1 && genericWords.has(words[0]!.toLowerCase())) words = words.slice(1);
  // "St Anne's Catholic Primary": the saint's name is the distinctive part, "St" with it.
  const saint = /^(?:st\.?|saint)$/i.test(words[0] ?? '') ? 1 : 0;
  const firstGeneric = words.findIndex((word, index) => index >= saint * 2 && genericWords.has(word.toLowerCase().replace(/’/g, "'")));
  return firstGeneric === -1 ? words : words.slice(0, firstGeneric);
}

export function registerForms(identifiers: readonly RegisteredIdentifier[]): RegisterForm[] {
  const forms: RegisterForm[] = [];
  const towns = townWords(identifiers);
  const add = (
    identifier: RegisteredIdentifier,
    pattern: string,
    rule: string,
    options: Partial<Pick<RegisterForm, 'compact' | 'exactCase' | 'capitalised' | 'category' | 'severity' | 'reason'>> = {},
  ) => {
    if (pattern.length < 2) return;
    forms.push({
      pattern,
      compact: options.compact ?? false,
      exactCase: options.exactCase ?? null,
      capitalised: options.capitalised ?? false,
      identifier,
      category: options.category ?? categoryOfKind[identifier.kind],
      severity: options.severity ?? 'high',
      rule,
      reason: options.reason ?? null,
    });
  };

  for (const identifier of identifiers) {
    const value = identifier.value.trim();
    switch (identifier.kind) {
      case 'person':
      case 'alias': {
        const words = nameWords(value);
        // Names are written with their capitals: "salah" the prayer is not Omar Salah, "sunny" not Sunny.
        const capitalised = (word: string) => /^\p{Lu}/u.test(word);
        add(identifier, normaliseValue(words.join(' ')), 'registered', {
          exactCase: words.length === 1 ? needsExactCase(words[0]!) : null,
          capitalised: capitalised(words[0] ?? ''),
        });
        const ofName = `part of the registered name “${value}”`;
        const parts = new Set(words.flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]));
        if (words.length > 1) {
          // A one- or two-letter part ("Al", "Jo") is never looked for alone: too many words are those letters; nor a
          // devotional or honorific part that many people's names share and nobody is called by alone ("Mohammed", "Begum").
          for (const part of parts)
            // A two-letter part with an accent ("Zé") is no English word: looked for alone, in its own case.
            if (([...part].length > 2 || (/^\p{Lu}\p{Ll}$/u.test(part) && /[^A-Za-z]/.test(part))) && !isDevotionalPart(part, words))
              add(identifier, normaliseValue(part), 'name-part', { exactCase: needsExactCase(part), capitalised: capitalised(part), reason: ofName });
          // A surname with its particle ("Ó Floinn", "van Dijk") is one part: replacing the word alone would leave "Ó Father".
          words.forEach((word, index) => {
            if (index > 0 && index + 1 < words.length && /^(?:ó|o|ní|nic|mac|mc|ua|van|von|de|da|di|le|la|du)$/iu.test(word))
              add(identifier, normaliseValue(`${word} ${words[index + 1]}`), 'name-part', { reason: ofName });
          });
        }
        // "Sa'id", "O'Neill" as records also write them: "Said", "ONeill".
        for (const part of parts)
          if (/\p{L}['’]\p{L}/u.test(part) && [...part].length > 3)
            add(identifier, normaliseValue(part.replace(/['’]/g, '')), 'name-part', { capitalised: true, reason: `“${part}” written without its apostrophe` });
        // A surname with an article, however records write it: al-Rashid, Al Rashid, Alrashid, El-Rashid, Rashid.
        words.forEach((word, index) => {
          const hyphened = /^([A-Za-z]{2,3})-(\p{L}[\p{L}'’]{2,})$/u.exec(word);
          const spaced = index + 1 < words.length && articles.has(word.toLowerCase()) ? [word, words[index + 1]!] : null;
          const [article, root]: [string, string] = hyphened ? [hyphened[1]!, hyphened[2]!] : spaced ? [spaced[0]!, spaced[1]!] : ['', ''];
          if (!root || !articles.has(article.toLowerCase())) return;
          const written = hyphened ? word : `${article} ${root}`;
          for (const prefix of new Set([article.toLowerCase(), 'al', 'el']))
            for (const joiner of ['-', ' ', ''])
              add(identifier, normaliseValue(`${prefix}${joiner}${root}`), 'article-variant', { reason: `another way of writing “${written}”` });
          add(identifier, normaliseValue(root), 'name-part', { exactCase: needsExactCase(root), capitalised: true, reason: ofName });
        });
        if (identifier.kind === 'person' && words.length > 1) {
          // Initials standing as a name: first and last ("JD"), with each part of a double-barrelled surname ("TCG"), and every name ("TMCG").
          const last = words.at(-1)!.split('-');
          // Initials are written without accents: "TOD" for Tadhg Ó Dálaigh.
          const initial = (word: string) => unmarked(word.replace(/^[^\p{L}]+/u, ''))[0]?.toUpperCase() ?? '';
          // A surname with a particle: "TOD" for Tadhg Ó Dálaigh, "JVD" for Jan van Dijk.
          const particle = words.length >= 3 && /^(?:ó|o|ní|nic|mac|mc|ua|de|van|von|da|di|le|la|bin|ibn)$/iu.test(words.at(-2)!) ? initial(words.at(-2)!) : '';
          const sets = new Set([
            initial(words[0]!) + last.map(initial).join(''),
            ...(particle ? [initial(words[0]!) + particle + last.map(initial).join('')] : []),
            initial(words[0]!) + initial(last[0]!),
            words
              .flatMap((word) => word.split('-'))
              .map(initial)
              .join(''),
          ]);
          for (const letters of sets)
            for (const form of initialsForms(letters))
              add(identifier, normaliseValue(form), 'initials', { exactCase: form, severity: 'medium', reason: `initials of “${value}”` });
        }
        // A first name's usual short forms ("Tom" for Thomas, "Ibbi" for Ibrahim): only with their capital letter.
        const first = words[0];
        // Yoruba names made with "Oluwa-" or "Olu-" (God) are called by the rest: "Damilola" for Oluwadamilola.
        const unprefixed = first && /^(?:oluwa|olu)(\p{L}{4,})$/iu.exec(first)?.[1];
        if (unprefixed && identifier.kind === 'person')
          add(identifier, normaliseValue(unprefixed), 'nickname', {
            exactCase: unprefixed[0]!.toUpperCase() + unprefixed.slice(1).toLowerCase(),
            severity: 'medium',
            reason: `“${first}” without its “${first.slice(0, first.length - unprefixed.length)}”`,
          });
        // Given names, the middle ones too (a family may call a child by a middle name): their short forms.
        const givenNames = identifier.kind === 'person' ? (words.length > 1 ? words.slice(0, -1) : words) : [];
        for (const given of givenNames)
          for (const nickname of shortFormsOf(given))
            add(identifier, nickname, 'nickname', {
              exactCase: nickname[0]!.toUpperCase() + nickname.slice(1),
              severity: 'medium',
              reason: `short form of “${given}”`,
            });
        break;
      }
      case 'address': {
        add(identifier, normaliseValue(value), 'registered');
        const ofAddress = `part of the registered address “${value}”`;
        // The district or town of an address ("…, 22 Sycamore Crescent, Lowmoor, BK4 7RT"), looked for alone. The
        // partnership's own area is the review's, not the family's: the checker is told it (`area`) and leaves it alone.
        const places = value
          .split(',')
          .map((part) => part.trim())
          .filter((part) => part !== '' && !/\d/.test(part) && !postcodePattern.test(part) && !/^flat\b/i.test(part));
        for (const locality of places) {
          if (gazetteer.has(normaliseValue(locality))) continue;
          add(identifier, normaliseValue(locality), 'locality', { capitalised: true, severity: 'medium', reason: ofAddress });
          // A hyphenated place by its first word, as it is said: "Llanerch" for Llanerch-y-Felin.
          const head = /^(\p{Lu}\p{Ll}{4,})-/u.exec(locality)?.[1];
          if (head && !gazetteer.has(normaliseValue(head)))
            add(identifier, normaliseValue(head), 'locality', { capitalised: true, severity: 'medium', reason: ofAddress });
        }
        for (const component of value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          if (postcodePattern.test(component)) {
            add(identifier, compactValue(component), 'postcode', { compact: true, category: 'postcode', reason: ofAddress });
            continue;
          }
          // A street or building without a number ("Cormorant Court, Sheldrake Square"): the same forms, with no number.
          const street =
            /^(\d+[a-z]?)\s+(.+)$/i.exec(component) ??
            (component.split(/\s+/).length >= 2 && streetTypeForms(component.split(/\s+/).at(-1)!).length > 0 ? ['', '', component] : null);
          if (!street) continue;
          if (street[1]) add(identifier, normaliseValue(component), 'address-part', { reason: ofAddress });
          const streetName = street[2]!;
          const words = streetName.split(/\s+/);
          if (words.length >= 2) add(identifier, normaliseValue(streetName), 'street', { reason: ofAddress });
          // The street type written another way ("Rd", "Cres", "Wk"), and the name without its apostrophe ("Mariners").
          const plainWords = words.map((word) => word.replace(/['’]/g, ''));
          const named = [...new Set([words.slice(0, -1).join(' '), plainWords.slice(0, -1).join(' ')])];
          for (const type of streetTypeForms(words.at(-1)!)) {
            for (const name of named) {
              const short = `${name} ${type}`;
              if (normaliseValue(short) === normaliseValue(streetName)) continue;
              const reason = `the registered address “${value}”, written another way`;
              if (street[1]) add(identifier, normaliseValue(`${street[1]} ${short}`), 'address-abbreviated', { reason });
              add(identifier, normaliseValue(short), 'street-abbreviated', { reason });
              add(identifier, normaliseValue(`${short}.`), 'street-abbreviated', { reason });
            }
          }
        }
        break;
      }
      case 'school':
      case 'organisation':
      case 'place': {
        add(identifier, normaliseValue(value), 'registered');
        {
          const words = value.split(/\s+/);
          const distinctive = distinctiveWords(value);
          // A place named like a street ("Hobbs Lot Lane"): without its type and with the type abbreviated, as for an address.
          const type = identifier.kind === 'place' && words.length >= 3 ? streetTypeForms(words.at(-1)!) : [];
          for (const form of type.slice(1))
            add(identifier, normaliseValue(`${words.slice(0, -1).join(' ')} ${form}`), 'street-abbreviated', {
              reason: `the registered place “${value}”, written another way`,
            });
          if (type.length > 0)
            add(identifier, normaliseValue(words.slice(0, -1).join(' ')), 'distinctive-name', { reason: `part of the registered place name “${value}”` });
          // "The Bridge Learning Centre" as "the Bridge": an ordinary word, so only with its article and its capital.
          if (/^the\s/i.test(value) && distinctive.length === 1 && words.length > 2)
            for (const written of [`the ${distinctive[0]}`, `The ${distinctive[0]}`, `THE ${distinctive[0]!.toUpperCase()}`])
              add(identifier, normaliseValue(written), 'distinctive-name', {
                exactCase: written,
                reason: `part of the registered ${identifier.kind} name “${value}”`,
              });
          const reason = `part of the registered ${identifier.kind === 'organisation' ? 'organisation' : identifier.kind} name “${value}”`;
          const alone = distinctive.join(' ');
          const isTown = towns.has(normaliseValue(alone)) || gazetteer.has(normaliseValue(alone));
          if (distinctive.length >= 1 && distinctive.length < words.length && !isTown && alone.replace(/[^\p{L}]/gu, '').length >= 4) {
            // One word alone ("Brookfield") only with its capital: it may be an ordinary word too.
            const capitalised = distinctive.length === 1;
            add(identifier, normaliseValue(alone), 'distinctive-name', { reason, capitalised });
            // "Al-Huda" as records also write it: "Al Huda", "Alhuda", "El-Huda".
            const article = /^([A-Za-z]{2,3})-(\p{L}[\p{L}'’]{2,})$/u.exec(distinctive[0]!);
            if (article && articles.has(article[1]!.toLowerCase()))
              for (const prefix of new Set([article[1]!.toLowerCase(), 'al', 'el']))
                for (const joiner of ['-', ' ', ''])
                  add(identifier, normaliseValue([`${prefix}${joiner}${article[2]}`, ...distinctive.slice(1)].join(' ')), 'distinctive-name', { reason });
            const saintless = alone.replace(/^(?:st\.?|saint)\s+/i, '');
            if (saintless !== alone) {
              for (const saint of ['St', 'St.', 'Saint'])
                for (const name of new Set([saintless, saintless.replace(/['’]/g, '')]))
                  add(identifier, normaliseValue(`${saint} ${name}`), 'distinctive-name', { reason });
            }
            // Two words written as one: "Holmebank" for Holme Bank Primary.
            if (distinctive.length === 2 && distinctive.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)))
              add(identifier, normaliseValue(distinctive.join('')), 'distinctive-name', { reason, capitalised: true });
            // The first two words of a longer name: "Open Door" for Open Door Freedom Trust.
            if (distinctive.length >= 3 && distinctive.slice(0, 2).every((word) => /^\p{Lu}/u.test(word)))
              add(identifier, normaliseValue(distinctive.slice(0, 2).join(' ')), 'distinctive-name', { reason, capitalised: true });
            // The first word alone, as people shorten a name in speech: "Bramblewood" for Bramblewood Day Nursery, "Shiloh" for Shiloh Covenant Church.
            const first = distinctive[0]!;
            if (
              saintless === alone &&
              distinctive.length >= 2 &&
              /^\p{Lu}\p{Ll}/u.test(first) &&
              first.replace(/[^\p{L}]/gu, '').length >= 5 &&
              !commonFirstWords.has(first.toLowerCase()) &&
              !towns.has(normaliseValue(first)) &&
              !gazetteer.has(normaliseValue(first))
            )
              add(identifier, normaliseValue(first), 'distinctive-name', { reason, capitalised: true });
          }
          if (distinctive.length >= 1 && distinctive.length < words.length && !isTown) {
            // The rest by its initials: "Breakwater YC" for Breakwater Youth Club.
            const rest = words
              .slice(distinctive.length)
              .filter((word) => /^\p{Lu}/u.test(word))
              .map((word) => word[0]!.toUpperCase())
              .join('');
            if (rest.length >= 2) add(identifier, normaliseValue(`${alone} ${rest}`), 'distinctive-name', { reason });
            // "The Adelaide" for Queen Adelaide Hospital.
            const royal = /^(?:Queen|King|Prince|Princess|Duchess|Duke|Lady|Sir)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(alone);
            if (royal) add(identifier, normaliseValue(`the ${royal[1]}`), 'distinctive-name', { reason });
          }
          // Its initials, as records shorten it: "RGH" for Ravensmoor General Hospital, "FWA" for Fosse Way Academy.
          const initials = words
            .filter((word) => /^\p{Lu}/u.test(word))
            .map((word) => word[0]!.toUpperCase())
            .join('');
          if (initials.length >= 3 && !acronyms.has(initials))
            add(identifier, normaliseValue(initials), 'initials', { exactCase: initials, severity: 'medium', reason: `initials of “${value}”` });
        }
        break;
      }
      case 'date': {
        const parsed = parseUkDate(value);
        if (parsed.ok)
          for (const form of dateForms(parsed.iso)) add(identifier, normaliseValue(form), 'registered-date', { reason: `the registered date ${value}` });
        else add(identifier, normaliseValue(value), 'registered');
        break;
      }
      case 'other': {
        const compact = compactValue(value);
        if (compact.length >= 4) add(identifier, compact, 'registered-number', { compact: true });
        // A reference with its year shortened, as records write it: "CR/23/118842" for CR/2023/118842.
        const shortYear = value.replace(/(^|[^\d])(?:19|20)(\d{2})(?=[/\-. ])/, '$1$2');
        if (shortYear !== value && compactValue(shortYear).length >= 6)
          add(identifier, compactValue(shortYear), 'registered-number', {
            compact: true,
            reason: `the registered reference ${value}, with its year shortened`,
          });
        else add(identifier, normaliseValue(value), 'registered', { exactCase: value });
        break;
      }
    }
  }
  return forms;
}
