import { parseUkDate } from '../dates/parse-uk-date';
import { dateForms } from './date-forms';
import type { Severity } from './finding';
import type { IdentifierKind, RegisteredIdentifier } from './identifier-register';
import { nicknamesOf } from './name-variants';
import { compactValue, normaliseValue } from './normalise-text';

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
  identifier: RegisteredIdentifier;
  category: string;
  severity: Severity;
  rule: string;
}

export const titles = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'pc', 'dc', 'ds', 'di', 'dci', 'sgt', 'cllr', 'rev', 'nurse', 'sister'];

// Words in a school's or organisation's name that say what it is, not which one it is.
const genericWords = new Set(
  (
    'school academy primary secondary infant infants junior juniors nursery pre-school preschool college university church c of e ce rc catholic ' +
    'methodist community free high grammar federation trust surgery practice medical centre center health hospital general royal infirmary ' +
    'clinic ward unit children’s childrens children centre family services service club the and st saint'
  ).split(' '),
);

// Street-type words and their usual abbreviations.
const streetAbbreviations: Record<string, string[]> = {
  grove: ['gr', 'gro'],
  road: ['rd'],
  street: ['st'],
  avenue: ['ave', 'av'],
  close: ['cl'],
  lane: ['ln'],
  drive: ['dr'],
  crescent: ['cres', 'cr'],
  court: ['ct'],
  place: ['pl'],
  terrace: ['terr', 'ter'],
  gardens: ['gdns'],
  square: ['sq'],
  park: ['pk'],
  way: ['wy'],
  mews: ['ms'],
};

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

export function registerForms(identifiers: readonly RegisteredIdentifier[]): RegisterForm[] {
  const forms: RegisterForm[] = [];
  const add = (
    identifier: RegisteredIdentifier,
    pattern: string,
    rule: string,
    options: Partial<Pick<RegisterForm, 'compact' | 'exactCase' | 'category' | 'severity'>> = {},
  ) => {
    if (pattern.length < 2) return;
    forms.push({
      pattern,
      compact: options.compact ?? false,
      exactCase: options.exactCase ?? null,
      identifier,
      category: options.category ?? categoryOfKind[identifier.kind],
      severity: options.severity ?? 'high',
      rule,
    });
  };

  for (const identifier of identifiers) {
    const value = identifier.value.trim();
    switch (identifier.kind) {
      case 'person':
      case 'alias': {
        const words = value.split(/\s+/).filter((word) => !titles.includes(word.toLowerCase().replace(/\.$/, '')));
        add(identifier, normaliseValue(words.join(' ')), 'registered', { exactCase: words.length === 1 ? needsExactCase(words[0]!) : null });
        const parts = new Set(words.flatMap((word) => [word, ...(word.includes('-') ? word.split('-') : [])]));
        if (words.length > 1) {
          for (const part of parts) add(identifier, normaliseValue(part), 'name-part', { exactCase: needsExactCase(part) });
        }
        // A first name's usual short forms ("Tom" for Thomas): only with their capital letter.
        const first = words[0];
        if (first && identifier.kind === 'person') {
          for (const nickname of nicknamesOf(first))
            add(identifier, nickname, 'nickname', { exactCase: nickname[0]!.toUpperCase() + nickname.slice(1), severity: 'medium' });
        }
        break;
      }
      case 'address': {
        add(identifier, normaliseValue(value), 'registered');
        for (const component of value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          if (postcodePattern.test(component)) {
            add(identifier, compactValue(component), 'postcode', { compact: true, category: 'postcode' });
            continue;
          }
          const street = /^(\d+[a-z]?)\s+(.+)$/i.exec(component);
          if (!street) continue;
          add(identifier, normaliseValue(component), 'address-part');
          const streetName = street[2]!;
          if (streetName.split(/\s+/).length >= 2) add(identifier, normaliseValue(streetName), 'street');
          const words = streetName.split(/\s+/);
          const type = words.at(-1)!.toLowerCase();
          for (const abbreviation of streetAbbreviations[type] ?? []) {
            const short = [...words.slice(0, -1), abbreviation].join(' ');
            add(identifier, normaliseValue(`${street[1]} ${short}`), 'address-abbreviated', { severity: 'high' });
            add(identifier, normaliseValue(short), 'street-abbreviated', { severity: 'high' });
          }
        }
        break;
      }
      case 'school':
      case 'organisation':
      case 'place': {
        add(identifier, normaliseValue(value), 'registered');
        if (identifier.kind !== 'place') {
          const words = value.split(/\s+/);
          const firstGeneric = words.findIndex((word) => genericWords.has(word.toLowerCase()));
          const distinctive = firstGeneric === -1 ? words : words.slice(0, firstGeneric);
          // One word alone ("Kingsmere") is usually the town, not the school.
          if (distinctive.length >= 2 && distinctive.length < words.length) add(identifier, normaliseValue(distinctive.join(' ')), 'distinctive-name');
        }
        break;
      }
      case 'date': {
        const parsed = parseUkDate(value);
        if (parsed.ok) for (const form of dateForms(parsed.iso)) add(identifier, normaliseValue(form), 'registered-date');
        else add(identifier, normaliseValue(value), 'registered');
        break;
      }
      case 'other': {
        const compact = compactValue(value);
        if (compact.length >= 4) add(identifier, compact, 'registered-number', { compact: true });
        else add(identifier, normaliseValue(value), 'registered', { exactCase: value });
        break;
      }
    }
  }
  return forms;
}
