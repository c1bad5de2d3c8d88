// The report's title page. The review name is a pseudonym; the reviewers are named because
// Working Together requires the published report to name them.

export const reportStatuses = ['draft', 'final'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const defaultDraftMarking = 'OFFICIAL-SENSITIVE';

export interface TitlePage {
  reviewName: string;
  partnership: string;
  /** Always "Local Child Safeguarding Practice Review"; kept so the export reads one place. */
  reviewType: string;
  reviewers: string[];
  versionLabel: string;
  status: ReportStatus;
  /** ISO date of this version. */
  date: string | null;
  /** Protective marking: "OFFICIAL-SENSITIVE" for drafts by default, empty for publication. */
  protectiveMarking: string;
}

export const reviewTypeTitle = 'Local Child Safeguarding Practice Review';

export function defaultTitlePage(reviewName: string, partnership: string, reviewers: string[]): TitlePage {
  return {
    reviewName,
    partnership,
    reviewType: reviewTypeTitle,
    reviewers,
    versionLabel: 'Draft 0.1',
    status: 'draft',
    date: null,
    protectiveMarking: defaultDraftMarking,
  };
}
