import { Automaton } from './aho-corasick';
import { defaultAllowList } from './allow-list';
import { severityRank, type Finding, type FindingCandidate } from './finding';
import type { RegisteredIdentifier } from './identifier-register';
import { spokenSpelling } from './spoken-spellings';
import { soundKeys, soundsAlike, transliterationFolded, withinOneEdit } from './name-variants';
import { gazetteer } from './gazetteer';
import { otherSense } from './name-senses';
import { compactText, isWordChar, normaliseText, normaliseValue, unmarked } from './normalise-text';
import { capitalisedWords, particleNames, wordsInCapitals } from './capitalised-words';
import { shortFormsOf } from './name-short-forms';
import { findFullDates, findLikelyNames, findPatterns } from './pattern-rules';
import { registerForms, titles, type RegisterForm } from './register-forms';

export interface CheckerOptions {
  identifiers: readonly RegisteredIdentifier[];
  /** The case's own allow list, added to the defaults. */
  allow?: readonly string[];
  /**
   * The partnership's name ("Thornleigh Safeguarding Children Partnership"): the area it names is
   * the review's own, printed on every page, and never a finding alone, though a family's address lies in it.
   */
  partnership?: string;
}

interface NameTarget {
  /** The name part as words are compared with it: lower case, unmarked (or as it is said, "shlonzak"). */
  word: string;
  /** The registered name part as the reviewer wrote it, for the reason given. */
  shown: string;
  /** What the word is a finding of, where it is not a person's name ("school" for a school's distinctive word). */
  category?: string;
  /** A short form's sound-alike must also begin with its first two letters: "Both" is not "Beth". */
  shortForm?: boolean;
  keys: string[];
  identifier: RegisteredIdentifier;
}

/**
 * The anonymisation checker for one case: built once from the register (the automata and
 * variant tables), then run on any text, as often as the reviewer types.
 */
export class AnonymisationChecker {
  private readonly words = new Automaton<RegisterForm>();
  private readonly compact = new Automaton<RegisterForm>();
  /** Name parts by sound key, and by every one-letter deletion of them (to find one-edit slips fast). */
  private readonly bySound = new Map<string, NameTarget[]>();
  private readonly byDeletion = new Map<string, NameTarget[]>();
  /** Name parts by the way they are said ("shlonzak" for Ślązak): a word written so is the name. */
  private readonly bySpokenSpelling = new Map<string, NameTarget>();
  private hasNameTargets = false;
  private readonly knownWords = new Set<string>();
  private readonly allowed = new Automaton<true>();
  private readonly byId = new Map<string, RegisteredIdentifier>();
  private readonly variantCache = new Map<string, NameTarget | null>();
  private readonly writtenCache = new Map<string, { word: string; target: NameTarget } | null>();

  constructor(options: CheckerOptions) {
    for (const identifier of options.identifiers) this.byId.set(identifier.id, identifier);
    for (const form of registerForms(options.identifiers)) {
      (form.compact ? this.compact : this.words).add(form.pattern, form);
      if (!form.compact) for (const word of form.pattern.split(/[\s-]+/)) this.knownWords.add(word);
      // A school's or organisation's one distinctive word typed with a slip ("Pontyd" for Pontydd): slips only, of longer words.
      if (form.rule === 'distinctive-name' && form.capitalised && /^\p{L}{6,}$/u.test(form.pattern))
        this.addTarget(
          { word: form.pattern, shown: capitalise(form.pattern), keys: [], identifier: form.identifier, category: form.category },
          { slips: true },
        );
    }
    // Name parts long enough for spelling variants to be told apart from other words.
    for (const identifier of options.identifiers) {
      if (identifier.kind !== 'person' && identifier.kind !== 'alias') continue;
      // A surname with its particle apart ("Ó Dálaigh") is also compared joined, as records write it by ear ("O'Daley").
      const parts = identifier.value.split(/[\s-]+/);
      const joined = parts.flatMap((part, index) => (index + 1 < parts.length && /^(?:ó|o|mac|mc|ní|nic|ua)$/iu.test(part) ? [part + parts[index + 1]!] : []));
      for (const word of [...parts, ...joined]) {
        const lower = plainWord(word);
        if (lower.length < 4 || titles.includes(lower)) continue;
        // The name as written, and as it is said where its letters are another alphabet's ("Ślązak" heard as "Shlonzak").
        const spoken = spokenSpelling(word.replace(/['’]/g, ''));
        for (const compared of spoken ? [lower, spoken] : [lower]) {
          const target = { word: compared, shown: word, keys: variantKeys(compared), identifier };
          if (compared !== lower) this.bySpokenSpelling.set(compared, target);
          // One-letter slips only of longer names: "Kane" is one letter from too many words ("Lane", "Cane", "Kaner").
          this.addTarget(target, { slips: compared.length >= 5 });
        }
      }
      // A short form of a given name sounds like itself written otherwise: "Toby" for Tobi, "Dammy" for Dami. Sound-alikes only, not slips.
      const given = identifier.value.split(/\s+/);
      for (const name of identifier.kind === 'person' ? (given.length > 1 ? given.slice(0, -1) : given) : [])
        for (const short of shortFormsOf(name))
          if (short.length >= 4)
            this.addTarget({ word: short, shown: capitalise(short), keys: variantKeys(short), identifier, shortForm: true }, { slips: false });
    }
    // Replacements are never findings: "Mr P" must not be flagged for containing "P".
    const area = partnershipArea(options.partnership ?? '');
    for (const phrase of [...defaultAllowList, ...(options.allow ?? []), ...area, ...options.identifiers.map((identifier) => identifier.replacement)]) {
      const pattern = normaliseValue(phrase);
      if (pattern.length >= 2) this.allowed.add(pattern, true);
    }
  }

  /** A word variants are compared with: by its sound keys, and by its one-letter deletions where slips of it count. */
  private addTarget(target: NameTarget, { slips }: { slips: boolean }): void {
    this.hasNameTargets = true;
    for (const key of target.keys) push(this.bySound, key, target);
    if (slips) for (const variant of deletions(target.word)) push(this.byDeletion, variant, target);
  }

  check(text: string): Finding[] {
    const normal = normaliseText(text);
    const findings: Finding[] = [];
    const fromForm = (form: RegisterForm, start: number, end: number, rule = form.rule): Finding => ({
      start,
      end,
      text: text.slice(start, end),
      category: form.category,
      severity: form.severity,
      rule,
      replacement: form.identifier.replacement,
      identifierId: form.identifier.id,
      ...(form.reason && { reason: form.reason }),
    });

    for (const match of this.words.search(normal.text)) {
      const form = match.payload;
      const before = normal.text[match.start - 1];
      let after = normal.text[match.end];
      // Possessives and plurals: "Lewis's", "the Hardings".
      let endInNormal = match.end;
      // Not where the word with its "s" is a place of its own: "the Pennines" is not Pennine Vale Hospital.
      if (after === 's' && !isWordChar(normal.text[match.end + 1]) && !gazetteer.has(normal.text.slice(match.start, match.end + 1))) {
        after = normal.text[match.end + 1];
        endInNormal = match.end + 1;
      }
      if (isWordChar(before) || isWordChar(after)) continue;
      const start = normal.origin[match.start]!;
      let end = normal.origin[endInNormal - 1]! + 1;
      // Accents typed as separate marks (decomposed text) belong to the letter before them.
      while (end < text.length && /\p{M}/u.test(text[end]!)) end += 1;
      if (
        form.exactCase !== null &&
        // Case as registered, accents as the keyboard allowed: "Pádraig" is the short form "Padraig".
        unmarked(text.slice(start, end).replace(/['’]s$/, '')) !== unmarked(form.exactCase)
      )
        continue;
      if (form.capitalised && !/^\p{Lu}/u.test(text[start]!)) continue;
      findings.push(fromForm(form, this.withTitle(text, start), end));
    }

    // The word text already normalised is compacted, not normalised again: a long report is read once.
    const compact = compactText(text, normal);
    for (const match of this.compact.search(compact.text)) {
      const start = compact.origin[match.start]!;
      const end = compact.origin[match.end - 1]! + 1;
      // Whole numbers only: not the middle of a longer one.
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      findings.push(fromForm(match.payload, start, end));
    }

    findings.push(...this.spellingVariants(text));
    for (const found of [...findPatterns(text), ...findLikelyNames(text), ...findFullDates(text)])
      findings.push({ ...found, replacement: found.category === 'full-date' ? 'the month and year' : '', identifierId: null });

    const people = findings.filter((finding) => !isOtherSense(finding, text));
    const personOf = (id: string) => this.byId.get(id)?.personId ?? id;
    return joinAdjacent(this.settle(this.withAmbiguityMarked(people), normal, text.length), text, personOf).map((finding) => withMarks(finding, text));
  }

  /**
   * One span found for several people of the register with different replacements (a shared
   * surname, "Mrs Doe") becomes one finding naming each of them, with no replacement chosen:
   * guessing the person would make the report wrong. An alias counts as its person.
   */
  private withAmbiguityMarked(findings: Finding[]): Finding[] {
    const bySpan = new Map<string, Finding[]>();
    const rest: Finding[] = [];
    for (const finding of findings) {
      if (!finding.identifierId) rest.push(finding);
      else bySpan.set(`${finding.start}:${finding.end}`, [...(bySpan.get(`${finding.start}:${finding.end}`) ?? []), finding]);
    }
    for (const group of bySpan.values()) {
      const people = new Map<string, FindingCandidate>();
      for (const finding of group) {
        const identifier = this.byId.get(finding.identifierId!)!;
        const person = (identifier.personId && this.byId.get(identifier.personId)) || identifier;
        if (!people.has(person.id)) people.set(person.id, { identifierId: person.id, value: person.value, replacement: person.replacement });
      }
      const candidates = [...people.values()];
      if (candidates.length < 2 || new Set(candidates.map((candidate) => candidate.replacement)).size < 2) {
        rest.push(...group);
        continue;
      }
      const strongest = [...group].sort((a, b) => severityRank[b.severity] - severityRank[a.severity])[0]!;
      rest.push({ ...strongest, rule: 'ambiguous', replacement: '', identifierId: null, candidates });
    }
    return rest;
  }

  /** "Mr Pike" rather than "Pike": the title goes with the name. */
  private withTitle(text: string, start: number): number {
    const before = /((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|Sgt|Cllr|Rev)\.? )$/.exec(text.slice(Math.max(0, start - 6), start));
    return before ? start - before[1]!.length : start;
  }

  /** Capitalised words one slip ("Chantele") from a registered name part, or sounding like one ("Youssef", "Gurprit"). */
  private spellingVariants(text: string): Finding[] {
    const findings: Finding[] = [];
    if (!this.hasNameTargets) return findings;
    // Letters with any combining accents (text pasted from a Mac arrives decomposed).
    for (const match of [...capitalisedWords(text), ...wordsInCapitals(text), ...particleNames(text)]) {
      // The span is measured on the text as written: lower case can be longer ("İ" is "i̇").
      const written = match.text.replace(/['’]s$/, '');
      const found = this.writtenVariant(written);
      if (!found) continue;
      const { word, target } = found;
      const slip = withinOneEdit(word, target.word);
      const name = target.shown;
      findings.push({
        start: match.start,
        end: match.start + written.length,
        text: written,
        category: target.category ?? 'person',
        severity: 'medium',
        rule: slip ? 'spelling-variant' : 'sounds-like',
        replacement: target.identifier.replacement,
        identifierId: target.identifier.id,
        reason: slip ? `one letter from “${name}”` : `sounds like “${name}”`,
      });
    }
    return findings;
  }

  /** A capitalised word as written, and the name part it is a variant of: remembered per word, as a report repeats its words. */
  private writtenVariant(written: string): { word: string; target: NameTarget } | null {
    const known = this.writtenCache.get(written);
    if (known !== undefined) return known;
    const word = plainWord(written);
    const target = word.length < 4 || this.knownWords.has(word) ? undefined : this.variantTarget(word);
    const found = target ? { word, target } : null;
    if (this.writtenCache.size > 20_000) this.writtenCache.clear();
    this.writtenCache.set(written, found);
    return found;
  }

  /** The registered name part a word is a slip or a sound-alike of, remembered per word: a report repeats its words. */
  private variantTarget(word: string): NameTarget | undefined {
    if (this.variantCache.has(word)) return this.variantCache.get(word) ?? undefined;
    const spoken = this.bySpokenSpelling.get(word);
    if (spoken) {
      this.variantCache.set(word, spoken);
      return spoken;
    }
    const slips = word.length >= 5 && !ordinaryCapitalised.has(word) ? deletions(word).flatMap((variant) => this.byDeletion.get(variant) ?? []) : [];
    let target = slips.find((candidate) => withinOneEdit(word, candidate.word) && word !== `${candidate.word}s`);
    if (!target && !ordinaryCapitalised.has(word)) {
      const keys = variantKeys(word);
      target = keys
        .flatMap((key) => this.bySound.get(key) ?? [])
        .find((candidate) => (!candidate.shortForm || word.startsWith(candidate.word.slice(0, 2))) && soundsAlike(word, candidate.word, keys, candidate.keys));
    }
    if (this.variantCache.size > 20_000) this.variantCache.clear();
    this.variantCache.set(word, target ?? null);
    return target;
  }

  /** Leaves out allowed phrases and replacements, and keeps one finding per span: the most severe, then the longest. */
  private settle(findings: Finding[], normal: ReturnType<typeof normaliseText>, length: number): Finding[] {
    // For each position of the text, where the allowed phrase covering it ends (0: none).
    const allowedUntil = new Int32Array(length + 1);
    for (const match of this.allowed.search(normal.text)) {
      if (isWordChar(normal.text[match.start - 1]) || isWordChar(normal.text[match.end])) continue;
      const from = normal.origin[match.start]!;
      const to = normal.origin[match.end - 1]! + 1;
      for (let index = from; index < to; index += 1) if (allowedUntil[index]! < to) allowedUntil[index] = to;
    }
    const kept = findings.filter((finding) => allowedUntil[finding.start]! < finding.end);
    // The most severe first; then the longest, so an email address wins over the name inside it.
    const fromRegister = (finding: Finding) => (finding.identifierId || finding.candidates ? 1 : 0);
    kept.sort(
      (a, b) =>
        severityRank[b.severity] - severityRank[a.severity] || b.end - b.start - (a.end - a.start) || fromRegister(b) - fromRegister(a) || a.start - b.start,
    );
    // The most important finding takes its span; anything overlapping it is dropped.
    const taken = new Uint8Array(length + 1);
    const chosen: Finding[] = [];
    for (const finding of kept) {
      let free = true;
      for (let index = finding.start; index < finding.end && free; index += 1) free = taken[index] === 0;
      if (!free) continue;
      taken.fill(1, finding.start, finding.end);
      chosen.push(finding);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}

// Between two parts of one register entry, what still belongs to it: commas, spaces, and at
// most two capitalised words (the town between a street and its postcode, a middle name).
const belongsBetween = /^[\s,]*(?:\p{Lu}[\p{L}'’-]*[\s,]+){0,2}$/u;
// Forms that are a part of an entry, not all of it: two whole mentions side by side stay two.
const partRules = new Set(['name-part', 'address-part', 'street', 'postcode', 'locality', 'address-abbreviated', 'street-abbreviated', 'distinctive-name']);
const isPart = (finding: Finding) => partRules.has(finding.rule);

/**
 * Findings of the same register entry that follow each other ("14 Elm Close" "Townley" "TE1 2AB",
 * or a first name and a surname with a middle name between) are one finding, so the whole is
 * replaced at once: replacing each part would give "the family home, Townley the family home".
 */
/** "Al-Noor" and "Al Noor", "Stefan" and "Ștefan" are one part written twice, never two parts of one. */
const lettersOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

function joinAdjacent(findings: Finding[], text: string, personOf: (identifierId: string) => string): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const previous = joined.at(-1);
    // A surname several people share, after one of them's first name: "Chantelle Harding" is Chantelle, not a choice to make.
    const namesOne =
      previous?.identifierId &&
      previous.rule === 'name-part' &&
      finding.rule === 'ambiguous' &&
      finding.candidates?.some((candidate) => candidate.identifierId === personOf(previous.identifierId!));
    const together =
      previous?.identifierId &&
      (namesOne || (previous.identifierId === finding.identifierId && isPart(previous) && isPart(finding))) &&
      lettersOf(previous.text) !== lettersOf(finding.text) &&
      belongsBetween.test(text.slice(previous.end, finding.start));
    if (previous && together) {
      joined[joined.length - 1] = {
        ...previous,
        end: finding.end,
        text: text.slice(previous.start, finding.end),
        severity: severityRank[finding.severity] > severityRank[previous.severity] ? finding.severity : previous.severity,
      };
    } else joined.push(finding);
  }
  return joined;
}

// Capitalised words that are not names: months, days, colours, peoples. "March" is not a slip of Marsh, nor "Black" a sound of Blake.
const ordinaryCapitalised = new Set(
  (
    'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'black white brown green grey gray asian british english scottish welsh irish african caribbean european american arab arabic somali polish romanian ' +
    'muslim christian sikh hindu jewish islamic christmas easter ramadan diwali police court council mother father brother sister parent parents ' +
    'great grand north south east west new old upper lower royal saint little ' +
    // Words that begin sentences and table cells in every report, one sound or one letter from some name.
    'about above across after again against along although among around because before behind below beneath beside between beyond both ' +
    'during each either every except following further having however inside instead later meanwhile mental nearly neither nothing often ' +
    'other others perhaps rather several since still their there these those though through throughout today towards under until upon ' +
    'when where whether which while whilst within without would could should health social family school children child agency agencies'
  ).split(' '),
);

/** The sound keys of a word as written and as other alphabets' spellings fold it ("Cabdullaahi" → Abdullahi). */
function variantKeys(word: string): string[] {
  return [...new Set([...soundKeys(word), ...soundKeys(transliterationFolded(word))])];
}

/** A word as name parts are compared: lower case, accents and apostrophes gone. */
function plainWord(word: string): string {
  return unmarked(word).replace(/['’‘]/g, '').toLowerCase();
}

// Rules that find one word of a person's name: where that word is a place, a club or an
// organisation's name in this sentence ("Kent Police", "lived in Georgia"), it is not the person.
const singleWordRules = new Set(['registered', 'name-part', 'nickname', 'spelling-variant', 'sounds-like']);
function isOtherSense(finding: Finding, text: string): boolean {
  if (/\s/.test(finding.text)) return false;
  // A school's or district's one word naming the area instead: "the Kingsmere partnership", "Lowmoor Council".
  // A registered place itself ("the Tenterfield estate") is the place in "the Tenterfields area".
  if (finding.rule === 'distinctive-name' || finding.rule === 'locality')
    return (finding.category === 'place' ? areaNamedAfter : areaAfter).test(text.slice(finding.end, finding.end + 30));
  if (finding.category !== 'person' || !singleWordRules.has(finding.rule)) return false;
  return otherSense(text, finding.start, finding.end) !== null;
}
const areaNamedAfter = /^\s+(?:Safeguarding|Partnership|partnership|Council|council|Borough|County|Police|Children['’]s\s+Services)\b/u;
const areaAfter = /^\s+(?:Safeguarding|Partnership|partnership|Council|council|City|Borough|County|Police|area|town|Local|local|Children['’]s\s+Services)\b/u;

/** A span never ends before the accents that belong to its last letter: a replacement must not leave a stray mark. */
function withMarks(finding: Finding, text: string): Finding {
  let end = finding.end;
  while (end < text.length && /\p{M}/u.test(text[end]!)) end += 1;
  return end === finding.end ? finding : { ...finding, end, text: text.slice(finding.start, end) };
}

const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The word and every form of it with one letter left out: two words one edit apart share one. */
function deletions(word: string): string[] {
  const forms = [word];
  for (let index = 0; index < word.length; index += 1) forms.push(word.slice(0, index) + word.slice(index + 1));
  return forms;
}

/** The partnership's name and the area it names: "Thornleigh Safeguarding Children Partnership" → it, and "Thornleigh". */
export function partnershipArea(partnership: string): string[] {
  const name = partnership.trim();
  if (name === '') return [];
  const area = name
    .replace(/^the\s+/i, '')
    .split(/\s+(?:Safeguarding|Children['’]?s?|Local|Partnership|Multi-Agency|Council)\b/i)[0]!
    .trim();
  return area !== '' && area !== name ? [name, area] : [name];
}

/** One-off check of a text against a register. */
export function checkText(text: string, options: CheckerOptions): Finding[] {
  return new AnonymisationChecker(options).check(text);
}
