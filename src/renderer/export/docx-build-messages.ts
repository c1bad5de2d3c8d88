import type { CaseFile } from '../../core/case-file/case-file-format';
import type { EventNotesExport } from '../../core/export/build-event-notes-docx';
import type { ReportExportOptions } from '../../core/export/build-report-docx';

export type DocxBuildRequest =
  | { kind: 'report'; file: CaseFile; options: ReportExportOptions }
  | { kind: 'action-plan'; file: CaseFile }
  | { kind: 'event-notes'; input: EventNotesExport };

export type DocxBuildResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
