/// <reference lib="webworker" />
import { RecordCipher } from '../../../core/crypto/record-cipher';

// Seals large records (the report body at each autosave) off the page's thread, so typing never
// waits for the cipher. Holds the key only for this page's life, like the page itself.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let cipher: RecordCipher | null = null;
let keyOf: Uint8Array | null = null;

scope.onmessage = (event: MessageEvent<{ id: number; key: Uint8Array; text: string }>) => {
  const { id, key, text } = event.data;
  try {
    if (!cipher || keyOf === null || keyOf.length !== key.length || keyOf.some((byte, index) => byte !== key[index])) {
      cipher = new RecordCipher(key);
      keyOf = key;
    }
    const sealed = cipher.seal(text);
    scope.postMessage({ id, sealed }, [sealed.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
