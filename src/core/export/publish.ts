import type { CaseFile } from '../case-file/case-file-format';
import { composeActionPlan, type ActionPlanFormat } from './compose-action-plan';
import { composeBriefing } from './compose-briefing';
import { composeReport, type ReportExportOptions } from './compose-report';
import { caseChecker, checkPublishedDocument, type PublicationFinding } from './publication-check';
import { spanText, type PublishedDocument } from './published-document';
import { publishedTexts } from './published-texts';
import { outstandingReadiness, type ReadinessProblem } from './publication-readiness';
import { readCsvParts, readDocxParts } from '../anonymise/written-file-text';
import { readBackFindings } from './read-back';
import { refusalSummary } from './publication-refusal';
import { failed, type Result } from '../result';
import { renderCsv } from './render-csv';
import { renderDocx } from './render-docx';

// The one way anything leaves for publication, in the app (its export worker) and on the command
// line alike: a report for publication first needs what any published report has (a final title
// page, every statutory section, complete recommendations, the reviewer named) unless the reviewer
// overrode it; then compose the document as data, check every text in it, write exactly that, read
// the bytes back and check them again. Both lists refuse together, so the reviewer sees all there
// is to do at once. A restricted draft is written whatever the check finds (it is
// marked as such on every page) and says how many findings it carries, for the log.

export type PublishRequest =
  | { output: 'report'; options: ReportExportOptions }
  | { output: 'action-plan'; format: ActionPlanFormat }
  /** The 7-minute briefing: published beside the report, so it needs what the report needs. */
  | { output: 'briefing' };

/**
 * The file written, or the refusal: its sentence, what is still to finish (`readiness`, listed
 * first), and each finding with where it is. `readBack`: the written bytes held something the
 * check had not seen (a fault, never the reviewer's).
 */
export type PublishResult = Result<
  { fileName: string; contents: Uint8Array; restricted: boolean; unresolved: number },
  { readiness: ReadinessProblem[]; findings: PublicationFinding[]; readBack: boolean }
>;

const refused = (readiness: ReadinessProblem[], findings: PublicationFinding[], readBack: boolean): PublishResult =>
  failed(refusalSummary(findings, readBack, readiness), { readiness, findings, readBack });

/** What a publication of this request still needs: only the report has a title page and statutory sections to finish. */
export function requestReadiness(file: CaseFile, request: PublishRequest): ReadinessProblem[] {
  return (request.output === 'report' && request.options.kind === 'publication') || request.output === 'briefing' ? outstandingReadiness(file) : [];
}

export function composeRequest(file: CaseFile, request: PublishRequest): PublishedDocument {
  if (request.output === 'briefing') return composeBriefing(file);
  return request.output === 'report' ? composeReport(file, request.options) : composeActionPlan(file, request.format);
}

const isCsv = (request: PublishRequest) => request.output === 'action-plan' && request.format === 'csv';

/** Writes the composed document in its format (Word or CSV) as bytes. */
export async function renderRequest(document: PublishedDocument, request: PublishRequest): Promise<Uint8Array> {
  return isCsv(request) ? new TextEncoder().encode(renderCsv(document)) : renderDocx(document);
}

export async function publish(file: CaseFile, request: PublishRequest): Promise<PublishResult> {
  const readiness = requestReadiness(file, request);
  const document = composeRequest(file, request);
  const checker = caseChecker(file.anonymisation, file.case.partnership);
  const check = checkPublishedDocument(document, file.anonymisation, checker);
  const restricted = request.output === 'report' && request.options.kind === 'draft';
  if (!restricted && (readiness.length > 0 || check.unresolved.length > 0)) return refused(readiness, check.unresolved, false);
  const contents = await renderRequest(document, request);
  if (!restricted) {
    const parts = isCsv(request) ? readCsvParts(new TextDecoder().decode(contents)) : readDocxParts(contents);
    const late = readBackFindings(parts, checker, check.left, new Set(publishedTexts(document).map((item) => item.text)));
    if (late.length > 0) return refused([], late, true);
  }
  return { ok: true, fileName: spanText(document.fileName), contents, restricted, unresolved: check.unresolved.length };
}
