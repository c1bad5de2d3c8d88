// A review the reviewer is working on. The review name is already a pseudonym ("Child K"):
// nothing identifying belongs in these fields.

export const caseStatuses = ['rapid-review', 'scoping', 'in-progress', 'draft-with-panel', 'final', 'published'] as const;

export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  'rapid-review': 'Rapid review',
  scoping: 'Scoping',
  'in-progress': 'Review in progress',
  'draft-with-panel': 'Draft with panel',
  final: 'Final',
  published: 'Published',
};

/** Key dates, as ISO calendar dates ("2021-02-14"); null when not yet known. */
export interface CaseKeyDates {
  /** Date the serious incident was notified to the National Panel. */
  incidentNotified: string | null;
  /** Date the partners commissioned the review. */
  reviewCommissioned: string | null;
  /** Planned or actual publication date. */
  publication: string | null;
}

export interface CaseRecord {
  id: string;
  reviewName: string;
  partnership: string;
  /** Named in the published report, as Working Together requires. */
  reviewers: string[];
  status: CaseStatus;
  dates: CaseKeyDates;
  archived: boolean;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** What the reviewer edits in the case form. */
export type CaseDetails = Pick<CaseRecord, 'reviewName' | 'partnership' | 'reviewers' | 'status' | 'dates'>;
