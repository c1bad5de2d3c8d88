import { Automaton } from './aho-corasick';
import { defaultAllowList } from './allow-list';
import { severityRank, type Finding, type FindingCandidate } from './finding';
import type { RegisteredIdentifier } from './identifier-register';
import { soundKey, withinOneEdit } from './name-variants';
import { compactText, isWordChar, normaliseText, normaliseValue } from './normalise-text';
import { findFullDates, findLikelyNames, findPatterns } from './pattern-rules';
import { registerForms, titles, type RegisterForm } from './register-forms';

export interface CheckerOptions {
  identifiers: readonly RegisteredIdentifier[];
  /** The case's own allow list, added to the defaults. */
  allow?: readonly string[];
}

interface NameTarget {
  word: string;
  key: string;
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
  private hasNameTargets = false;
  private readonly knownWords = new Set<string>();
  private readonly allowed = new Automaton<true>();
  private readonly byId = new Map<string, RegisteredIdentifier>();

  constructor(options: CheckerOptions) {
    for (const identifier of options.identifiers) this.byId.set(identifier.id, identifier);
    for (const form of registerForms(options.identifiers)) {
      (form.compact ? this.compact : this.words).add(form.pattern, form);
      if (!form.compact) for (const word of form.pattern.split(/[\s-]+/)) this.knownWords.add(word);
    }
    // Name parts long enough for spelling variants to be told apart from other words.
    for (const identifier of options.identifiers) {
      if (identifier.kind !== 'person' && identifier.kind !== 'alias') continue;
      for (const word of identifier.value.split(/[\s-]+/)) {
        const lower = word.toLowerCase();
        if (word.length < 5 || titles.includes(lower)) continue;
        const target = { word: lower, key: soundKey(lower), identifier };
        this.hasNameTargets = true;
        push(this.bySound, target.key, target);
        for (const variant of deletions(lower)) push(this.byDeletion, variant, target);
      }
    }
    // Replacements are never findings: "Mr P" must not be flagged for containing "P".
    for (const phrase of [...defaultAllowList, ...(options.allow ?? []), ...options.identifiers.map((identifier) => identifier.replacement)]) {
      const pattern = normaliseValue(phrase);
      if (pattern.length >= 2) this.allowed.add(pattern, true);
    }
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
    });

    for (const match of this.words.search(normal.text)) {
      const form = match.payload;
      const before = normal.text[match.start - 1];
      let after = normal.text[match.end];
      // Possessives and plurals: "Lewis's", "the Hardings".
      let endInNormal = match.end;
      if (after === 's' && !isWordChar(normal.text[match.end + 1])) {
        after = normal.text[match.end + 1];
        endInNormal = match.end + 1;
      }
      if (isWordChar(before) || isWordChar(after)) continue;
      const start = normal.origin[match.start]!;
      const end = normal.origin[endInNormal - 1]! + 1;
      if (form.exactCase !== null && text.slice(start, end) !== form.exactCase) continue;
      findings.push(fromForm(form, this.withTitle(text, start), end));
    }

    const compact = compactText(text);
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

    return joinAdjacent(this.settle(this.withAmbiguityMarked(findings), normal, text.length), text);
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

  /** Capitalised words one slip ("Chantele") or one sound ("Jordon") away from a registered name part. */
  private spellingVariants(text: string): Finding[] {
    const findings: Finding[] = [];
    if (!this.hasNameTargets) return findings;
    for (const match of text.matchAll(/\b\p{Lu}[\p{Ll}'’]+\b/gu)) {
      // The span is measured on the text as written: lower case can be longer ("İ" is "i̇").
      const written = match[0].replace(/['’]s$/, '');
      const word = written.toLowerCase();
      if (word.length < 4 || this.knownWords.has(word)) continue;
      const key = soundKey(word);
      const slips = deletions(word).flatMap((variant) => this.byDeletion.get(variant) ?? []);
      const target =
        slips.find((candidate) => withinOneEdit(word, candidate.word)) ??
        (key.length >= 3 ? (this.bySound.get(key) ?? []).find((candidate) => Math.abs(word.length - candidate.word.length) <= 2) : undefined);
      if (!target) continue;
      findings.push({
        start: match.index,
        end: match.index + written.length,
        text: written,
        category: 'person',
        severity: 'medium',
        rule: withinOneEdit(word, target.word) ? 'spelling-variant' : 'sounds-like',
        replacement: target.identifier.replacement,
        identifierId: target.identifier.id,
      });
    }
    return findings;
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
const partRules = new Set(['name-part', 'address-part', 'street', 'postcode', 'address-abbreviated', 'street-abbreviated', 'distinctive-name']);
const isPart = (finding: Finding) => partRules.has(finding.rule);

/**
 * Findings of the same register entry that follow each other ("14 Elm Close" "Townley" "TE1 2AB",
 * or a first name and a surname with a middle name between) are one finding, so the whole is
 * replaced at once: replacing each part would give "the family home, Townley the family home".
 */
function joinAdjacent(findings: Finding[], text: string): Finding[] {
  const joined: Finding[] = [];
  for (const finding of findings) {
    const previous = joined.at(-1);
    const together =
      previous?.identifierId &&
      previous.identifierId === finding.identifierId &&
      isPart(previous) &&
      isPart(finding) &&
      previous.text.toLowerCase() !== finding.text.toLowerCase() &&
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

/** One-off check of a text against a register. */
export function checkText(text: string, options: CheckerOptions): Finding[] {
  return new AnonymisationChecker(options).check(text);
}
