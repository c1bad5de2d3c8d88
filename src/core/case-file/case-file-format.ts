import type { AllowedPhrase, AnonymisationDecision, IgnoredFinding, StoredIdentifier } from '../anonymise/anonymisation-records';
import type { ChronologyEntry } from '../chronology/chronology-entry';
import type { ChronologyImport, ChronologyProblem } from '../chronology/chronology-records';
import type { EventNote, NoteDraft, NoteTheme, PractitionerEvent } from '../events/practitioner-event';
import type { KeyPracticeEpisode } from '../chronology/key-practice-episode';
import type { CaseRecord } from '../cases/case-record';
import type { ReportDocument } from '../report/report-document';
import type { TitlePage } from '../report/title-page';

// The `.cspr.json` case file: one review, versioned so that files written today open in
// every later version of the app (older versions are migrated on import, see migrate-case-file).
// Rows that belong to the case carry no caseId here: they belong to the file's case, and get
// fresh ids when imported.

export const caseFileFormatName = 'cspr-desk/case';
export const currentCaseFileVersion = 6;
export const caseFileExtension = '.cspr.json';
/** Larger files are refused before they are parsed. */
export const maxCaseFileBytes = 200 * 1024 * 1024;

export interface CaseFileReport {
  titlePage: TitlePage;
  content: ReportDocument;
  completedSections: string[];
  updatedAt: string;
}

export interface CaseFileAgency {
  id: string;
  name: string;
}

export interface CaseFileRecommendation {
  id: string;
  order: number;
  text: string;
  agencyIds: string[];
  targetDate: string | null;
  answers: string;
}

export interface CaseFileReportVersion {
  id: string;
  label: string;
  createdAt: string;
  titlePage: TitlePage;
  content: ReportDocument;
  completedSections: string[];
  recommendations: CaseFileRecommendation[];
}

export interface CaseFileV2 {
  format: typeof caseFileFormatName;
  version: 2;
  exportedAt: string;
  exportedBy?: { app: 'CSPR Desk'; appVersion: string };
  case: CaseRecord;
  /** Null when the report has never been opened (it is created from the case's details). */
  report: CaseFileReport | null;
  reportVersions: CaseFileReportVersion[];
  recommendations: CaseFileRecommendation[];
  agencies: CaseFileAgency[];
}

/** An entry in the file: the stored entry without its case id or derived sort key. */
export type CaseFileChronologyEntry = Omit<ChronologyEntry, 'caseId' | 'sortKey'>;

export interface CaseFileChronology {
  entries: CaseFileChronologyEntry[];
  problems: Omit<ChronologyProblem, 'caseId'>[];
  imports: Omit<ChronologyImport, 'caseId'>[];
  episodes: Omit<KeyPracticeEpisode, 'caseId'>[];
}

export interface CaseFileV3 extends Omit<CaseFileV2, 'version'> {
  version: 3;
  chronology: CaseFileChronology;
}

export interface CaseFileAnonymisation {
  identifiers: Omit<StoredIdentifier, 'caseId'>[];
  allowed: Omit<AllowedPhrase, 'caseId'>[];
  ignored: Omit<IgnoredFinding, 'caseId'>[];
  log: Omit<AnonymisationDecision, 'caseId'>[];
}

export interface CaseFileV4 extends Omit<CaseFileV3, 'version'> {
  version: 4;
  anonymisation: CaseFileAnonymisation;
}

export interface CaseFileEvents {
  events: Omit<PractitionerEvent, 'caseId'>[];
  notes: Omit<EventNote, 'caseId'>[];
  themes: Omit<NoteTheme, 'caseId'>[];
  /** Notes still being typed when the file was written. */
  drafts: Omit<NoteDraft, 'caseId'>[];
}

export interface CaseFileV5 extends Omit<CaseFileV4, 'version'> {
  version: 5;
  events: CaseFileEvents;
}

/** Version 6 adds nothing but a decision the audit log may hold: a publication readiness item overridden. */
export interface CaseFileV6 extends Omit<CaseFileV5, 'version'> {
  version: 6;
}

/** The case file as this version of the app writes it. */
export type CaseFile = CaseFileV6;

/** The parts of a case file other than its envelope. */
export type CaseFileContents = Omit<CaseFile, 'format' | 'version' | 'exportedAt' | 'exportedBy'>;
