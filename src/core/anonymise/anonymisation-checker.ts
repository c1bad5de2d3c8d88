import { Automaton } from './aho-corasick';
import { allowedSpans, defaultAllowList } from './allow-list';
import { severityRank, type Finding } from './finding';
import type { RegisteredIdentifier } from './identifier-register';
import { soundKey, withinOneEdit } from './name-variants';
import { compactText, isWordChar, normaliseText } from './normalise-text';
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
  private readonly nameTargets: NameTarget[] = [];
  private readonly knownWords = new Set<string>();
  private readonly allow: string[];

  constructor(options: CheckerOptions) {
    for (const form of registerForms(options.identifiers)) {
      (form.compact ? this.compact : this.words).add(form.pattern, form);
      if (!form.compact) for (const word of form.pattern.split(/[\s-]+/)) this.knownWords.add(word);
    }
    // Name parts long enough for spelling variants to be told apart from other words.
    for (const identifier of options.identifiers) {
      if (identifier.kind !== 'person' && identifier.kind !== 'alias') continue;
      for (const word of identifier.value.split(/[\s-]+/)) {
        const lower = word.toLowerCase();
        if (word.length >= 5 && !titles.includes(lower)) this.nameTargets.push({ word: lower, key: soundKey(lower), identifier });
      }
    }
    // Replacements are never findings: "Mr P" must not be flagged for containing "P".
    this.allow = [...defaultAllowList, ...(options.allow ?? []), ...options.identifiers.map((identifier) => identifier.replacement).filter((text) => text.length >= 2)];
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
    for (const found of [...findPatterns(text), ...findLikelyNames(text), ...findFullDates(text)]) findings.push({ ...found, replacement: found.category === 'full-date' ? 'the month and year' : '', identifierId: null });

    return this.settle(findings, normal);
  }

  /** "Mr Pike" rather than "Pike": the title goes with the name. */
  private withTitle(text: string, start: number): number {
    const before = /((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|Sgt|Cllr|Rev)\.? )$/.exec(text.slice(Math.max(0, start - 6), start));
    return before ? start - before[1]!.length : start;
  }

  /** Capitalised words one slip ("Chantele") or one sound ("Jordon") away from a registered name part. */
  private spellingVariants(text: string): Finding[] {
    const findings: Finding[] = [];
    if (this.nameTargets.length === 0) return findings;
    for (const match of text.matchAll(/\b\p{Lu}[\p{Ll}'’]+\b/gu)) {
      const word = match[0].toLowerCase().replace(/['’]s$/, '');
      if (word.length < 4 || this.knownWords.has(word)) continue;
      const key = soundKey(word);
      const target = this.nameTargets.find((candidate) => withinOneEdit(word, candidate.word) || (key.length >= 3 && key === candidate.key && Math.abs(word.length - candidate.word.length) <= 2));
      if (!target) continue;
      findings.push({
        start: match.index,
        end: match.index + word.length,
        text: text.slice(match.index, match.index + word.length),
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
  private settle(findings: Finding[], normal: ReturnType<typeof normaliseText>): Finding[] {
    const allowed = allowedSpans(normal.text, this.allow).map(([from, to]) => [normal.origin[from]!, normal.origin[to - 1]! + 1] as const);
    const kept = findings.filter((finding) => !allowed.some(([from, to]) => finding.start >= from && finding.end <= to));
    kept.sort((a, b) => severityRank[b.severity] - severityRank[a.severity] || (b.identifierId ? 1 : 0) - (a.identifierId ? 1 : 0) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const chosen: Finding[] = [];
    for (const finding of kept) {
      if (chosen.some((other) => finding.start < other.end && finding.end > other.start)) continue;
      chosen.push(finding);
    }
    return chosen.sort((a, b) => a.start - b.start);
  }
}

/** One-off check of a text against a register. */
export function checkText(text: string, options: CheckerOptions): Finding[] {
  return new AnonymisationChecker(options).check(text);
}
