/// <reference lib="webworker" />
import type { ExportRequest, ExportResponse } from './export-messages';
import { outcomeBuffers, runExport } from './run-export';

// Composes, checks and writes documents off the UI thread, so the editor stays responsive
// during a large export.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ExportRequest>) => {
  try {
    const outcome = await runExport(event.data);
    scope.postMessage({ ok: true, outcome } satisfies ExportResponse, outcomeBuffers(outcome));
  } catch (caught) {
    scope.postMessage({ ok: false, message: caught instanceof Error ? caught.message : String(caught) } satisfies ExportResponse);
  }
};
