import { buildEventNotesDocx } from '../../core/export/build-event-notes-docx';
import { buildActionPlanDocx, buildReportDocx } from '../../core/export/build-report-docx';
import type { DocxBuildRequest } from './docx-build-messages';

/** The Word document a build request asks for: run in the worker, or on the page without one. */
export function buildDocxForRequest(request: DocxBuildRequest): Promise<Uint8Array> {
  if (request.kind === 'report') return buildReportDocx(request.file, request.options);
  if (request.kind === 'event-notes') return buildEventNotesDocx(request.input);
  return buildActionPlanDocx(request.file);
}
