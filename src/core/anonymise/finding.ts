// What the checker reports: a span of the text that may identify someone, why, and what to put
// instead.

/** high: identifies someone; medium: possibly identifies; low: a detail to consider generalising. */
export type Severity = 'high' | 'medium' | 'low';

export const severityRank: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

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
  /** The register entry it matched, when it did. */
  identifierId: string | null;
}
