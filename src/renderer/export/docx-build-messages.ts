import type { CaseFile } from '../../core/case-file/case-file-format';
import type { ReportExportOptions } from '../../core/export/build-report-docx';

export type DocxBuildRequest = { kind: 'report'; file: CaseFile; options: ReportExportOptions } | { kind: 'action-plan'; file: CaseFile };

export type DocxBuildResponse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };
