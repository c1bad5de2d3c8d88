import { buildEventNotesDocx } from '../../core/export/build-event-notes-docx';
import { publish } from '../../core/export/publish';
import type { ExportOutcome, ExportRequest } from './export-messages';

/** Carries out an export request: in the worker, or on the page where there is none. */
export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  if (request.kind === 'publish') return { kind: 'publish', result: await publish(request.file, request.request) };
  return { kind: 'event-notes', bytes: await buildEventNotesDocx(request.input) };
}

/** The bytes an outcome carries, to hand to the page without copying. */
export function outcomeBuffers(outcome: ExportOutcome): ArrayBuffer[] {
  const bytes = outcome.kind === 'event-notes' ? outcome.bytes : outcome.result.ok ? outcome.result.contents : null;
  return bytes && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
