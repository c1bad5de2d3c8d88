import type { CaseRecord } from '../cases/case-record';

// The `.cspr.json` case file: one review, versioned so that files written today open in
// every later version of the app (older versions are migrated on import).

export const caseFileFormatName = 'cspr-desk/case';
export const currentCaseFileVersion = 1;
export const caseFileExtension = '.cspr.json';
/** Larger files are refused before they are parsed. */
export const maxCaseFileBytes = 200 * 1024 * 1024;

export interface CaseFileV1 {
  format: typeof caseFileFormatName;
  version: 1;
  exportedAt: string;
  exportedBy?: { app: 'CSPR Desk'; appVersion: string };
  case: CaseRecord;
}

/** The case file as this version of the app writes it. */
export type CaseFile = CaseFileV1;
