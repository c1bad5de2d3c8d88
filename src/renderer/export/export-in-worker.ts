import type { CaseFile } from '../../core/case-file/case-file-format';
import type { EventNotesExport } from '../../core/export/build-event-notes-docx';
import type { PublishRequest, PublishResult } from '../../core/export/publish';
import type { ExportOutcome, ExportRequest, ExportResponse } from './export-messages';
import { runExport } from './run-export';

function inWorker(request: ExportRequest): Promise<ExportOutcome> {
  if (typeof Worker === 'undefined') return runExport(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.outcome);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The document could not be built.'));
    };
    worker.postMessage(request);
  });
}

/** The publication pipeline (src/core/export/publish.ts) in a Web Worker: the same one the command line runs. */
export async function publishInWorker(file: CaseFile, request: PublishRequest): Promise<PublishResult> {
  const outcome = await inWorker({ kind: 'publish', file, request });
  if (outcome.kind !== 'publish') throw new Error('The export worker answered another request.');
  return outcome.result;
}

/** An event's restricted notes as a Word document, built in a Web Worker. */
export async function eventNotesInWorker(input: EventNotesExport): Promise<Uint8Array> {
  const outcome = await inWorker({ kind: 'event-notes', input });
  if (outcome.kind !== 'event-notes') throw new Error('The export worker answered another request.');
  return outcome.bytes;
}
