/// <reference lib="webworker" />
import { buildDocxForRequest } from './build-docx-request';
import type { DocxBuildRequest, DocxBuildResponse } from './docx-build-messages';

// Builds Word documents off the UI thread, so the editor stays responsive during a large export.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DocxBuildRequest>) => {
  const request = event.data;
  try {
    const bytes = await buildDocxForRequest(request);
    scope.postMessage({ ok: true, bytes } satisfies DocxBuildResponse, [bytes.buffer]);
  } catch (caught) {
    scope.postMessage({ ok: false, message: caught instanceof Error ? caught.message : String(caught) } satisfies DocxBuildResponse);
  }
};
