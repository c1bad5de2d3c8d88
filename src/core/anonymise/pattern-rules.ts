import type { Finding } from './finding';

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
    pattern: /(?:\+44\s?\(0\)\s?|\+44\s?|(?<![\d+])0)(?:\d[\s-]?){8,10}\d(?![\d])/g,
    accept: (match) => {
      const digits = match.replace(/^\+44\s?(\(0\))?/, '0').replace(/\D/g, '');
      return (digits.length === 10 || digits.length === 11) && /^0[1-37-9]/.test(digits);
    },
  },
  { rule: 'email', category: 'email', pattern: /\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  { rule: 'vehicle-registration', category: 'vrn', pattern: /\b(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-HJ-NP-Y]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-HJ-NP-Y])\b/g },
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
const nameWord = "\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}'’-]*";
const titled = new RegExp(`\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|PC|DC|DS|DI|DCI|Sgt|Cllr|Rev)\\.? (?:${nameWord})(?: (?:${nameWord})){0,2}`, 'gu');
const placeSuffixes =
  "School|Academy|Primary|Nursery|Pre-School|Surgery|Medical Centre|Health Centre|Hospital|Infirmary|Clinic|Practice|College|Children’s Centre|Children's Centre|Road|Street|Lane|Close|Avenue|Drive|Crescent|Grove|Gardens|Court|Terrace|Way|Estate|Park|Square|Mews";
const placeWord = "(?!The\\b|A\\b|An\\b|Local\\b|Our\\b|His\\b|Her\\b|Their\\b|This\\b|That\\b|Primary\\b|Secondary\\b|Infant\\b|Junior\\b)\\p{Lu}[\\p{L}'’-]+";
const placed = new RegExp(`\\b(?:${placeWord} ){1,3}(?:${placeSuffixes})\\b`, 'gu');

/** Names and places the register does not hold, found by their shape: "Dr Samuel Okoro", "Oak Tree Primary". */
export function findLikelyNames(text: string): PatternFinding[] {
  const findings: PatternFinding[] = [];
  for (const match of text.matchAll(titled)) {
    findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'name', severity: 'medium', rule: 'titled-name' });
  }
  for (const match of text.matchAll(placed)) {
    findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], category: 'place', severity: 'medium', rule: 'named-place' });
  }
  return findings;
}
