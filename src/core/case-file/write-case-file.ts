import { caseFileExtension, caseFileFormatName, currentCaseFileVersion, type CaseFile, type CaseFileContents } from './case-file-format';

export function buildCaseFile(contents: CaseFileContents, appVersion: string, now: Date = new Date()): CaseFile {
  return {
    format: caseFileFormatName,
    version: currentCaseFileVersion,
    exportedAt: now.toISOString(),
    exportedBy: { app: 'CSPR Desk', appVersion },
    ...contents,
  };
}

export function serialiseCaseFile(file: CaseFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "Child K" → "Child-K.cspr.json": from the review name (a pseudonym), never a real name. */
export function caseFileName(reviewName: string): string {
  const safe = reviewName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${safe || 'case'}${caseFileExtension}`;
}
