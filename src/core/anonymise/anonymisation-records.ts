import type { RegisteredIdentifier } from './identifier-register';

// What the case stores for its anonymisation: the register, the allow list, the occurrences the
// reviewer decided to leave, and the audit log of every decision.

export interface StoredIdentifier extends RegisteredIdentifier {
  caseId: string;
  /** Position in the register, 0-based. */
  order: number;
}

export interface AllowedPhrase {
  id: string;
  caseId: string;
  phrase: string;
}

/** One occurrence left as it is, recognised again by its text and the words around it. */
export interface IgnoredFinding {
  id: string;
  caseId: string;
  text: string;
  context: string;
  reason: string;
}

/** `readiness-overridden`: a publication readiness item the reviewer let through; its text is the item's key. */
export type DecisionAction = 'replaced' | 'replaced-everywhere' | 'ignored' | 'allowed' | 'identifier-added' | 'restricted-export' | 'readiness-overridden';

export interface AnonymisationDecision {
  id: string;
  caseId: string;
  /** ISO timestamp. */
  at: string;
  action: DecisionAction;
  /** The text the decision is about. */
  text: string;
  replacement: string;
  reason: string;
  /** How many occurrences it changed. */
  count: number;
}

/** The key an ignored occurrence is recognised by: its text and the words around it. */
export const ignoredKey = (text: string, context: string) => `${text}\u241f${context}`;

/** The words around a finding, as the key that recognises an ignored occurrence again. */
export function findingContext(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 24), start)}\u2016${text.slice(end, end + 24)}`.replace(/\s+/g, ' ').trim();
}
