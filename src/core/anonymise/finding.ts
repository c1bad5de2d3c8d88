// What the checker reports: a span of the text that may identify someone, why, and what to put
// instead.

/** high: identifies someone; medium: possibly identifies; low: a detail to consider generalising. */
export type Severity = 'high' | 'medium' | 'low';

export const severityRank: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** One register entry a finding could stand for, when it could stand for more than one. */
export interface FindingCandidate {
  identifierId: string;
  /** The registered value ("Jane Doe"), so the reviewer sees who it may be. */
  value: string;
  replacement: string;
}

export interface Finding {
  /** JavaScript string indices into the checked text. */
  start: number;
  end: number;
  text: string;
  /** person, address, postcode, school, organisation, place, date, number, nhs, nino, phone, email, vrn, name, full-date … */
  category: string;
  severity: Severity;
  /** The rule that found it, for the reviewer and for tuning: "registered", "name-part", "nhs-number" … */
  rule: string;
  /** The suggested replacement ("" when there is none to suggest). */
  replacement: string;
  /** The register entry it matched, when it matched one (null when it could be several: see candidates). */
  identifierId: string | null;
  /**
   * Set when the text could be more than one person or entry of the register with different
   * replacements (a shared surname, "Mrs Doe", a part of two names): the reviewer chooses; no
   * replacement is suggested and none is applied everywhere.
   */
  candidates?: readonly FindingCandidate[];
  /** Why it is taken for a register entry when that is not plain: "sounds like “Yusuf”", "short form of “Ibrahim”", "part of the registered school name …". */
  reason?: string;
}
