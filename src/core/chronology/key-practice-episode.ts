// A key practice episode: a period or decision in the chronology worth analysing in the report
// ("the referral of October 2022"). Entries are tagged with the episodes they belong to.

export interface KeyPracticeEpisode {
  id: string;
  caseId: string;
  title: string;
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  description: string;
  /** Position in the list, 0-based: episodes are numbered in this order ("Episode 2"). */
  order: number;
}
