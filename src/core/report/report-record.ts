import type { Recommendation } from './recommendation';
import type { ReportDocument } from './report-document';
import type { TitlePage } from './title-page';

export type SectionState = 'empty' | 'in-progress' | 'complete';

/**
 * One case's report, stored as two rows keyed by caseId: the small record (title page, section
 * states) that screens watch live, and the body, which only the editor reads and autosave writes
 * — so saving a long report never makes other screens re-read it.
 */
export interface ReportRecord {
  caseId: string;
  titlePage: TitlePage;
  /** Section keys the reviewer has marked complete. */
  completedSections: string[];
  updatedAt: string;
}

export interface ReportContentRecord {
  caseId: string;
  content: ReportDocument;
  updatedAt: string;
}

/** An immutable copy of the report, saved with a label ("v0.4 to panel"). */
export interface ReportVersion {
  id: string;
  caseId: string;
  label: string;
  createdAt: string;
  titlePage: TitlePage;
  content: ReportDocument;
  completedSections: string[];
  /** The recommendations as they were, in order. */
  recommendations: Recommendation[];
}
