import { buildDocxForRequest } from './build-docx-request';
import type { DocxBuildRequest, DocxBuildResponse } from './docx-build-messages';

/** Builds a Word document in a Web Worker; on the page itself where workers are unavailable. */
export function buildDocxInWorker(request: DocxBuildRequest): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return buildDocxForRequest(request);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./build-docx.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DocxBuildResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The document could not be built.'));
    };
    worker.postMessage(request);
  });
}
