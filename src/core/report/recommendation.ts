// A structured recommendation: what must change, who is responsible, and by when.

export interface Agency {
  id: string;
  caseId: string;
  name: string;
}

export interface Recommendation {
  id: string;
  caseId: string;
  /** Position in the list, 0-based; the recommendation's number is order + 1. */
  order: number;
  text: string;
  /** Agency ids, from the case's list of agencies. */
  agencyIds: string[];
  /** ISO date, or null when not yet set. */
  targetDate: string | null;
  /** Optional: the paragraph ("4.3") or finding the recommendation answers. */
  answers: string;
}
