import type { FileFilter, OpenTextFileRequest, ReadBackupRequest, SaveFileRequest, WriteBackupRequest } from '../../preload/ipc-contract';
import type { Result } from '../../core/result';
import { MAX_BACKUP_BYTES, isBackupCaseId, isBackupFileName } from '../backups/backup-names';

// The renderer is treated as untrusted input: a compromised page could send anything over
// IPC. Each request is checked field by field and rebuilt from known fields only, and every
// refusal names the field so a bug in the renderer is quick to find.

export type Validation<T> = Result<{ value: T }>;

export const MAX_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 200;
const MAX_FILTERS = 20;
const MAX_FILTER_NAME_LENGTH = 100;
const MAX_EXTENSIONS = 20;

// Extensions as Electron's dialogs want them: letters and digits, no dot; '*' means all files.
const safeExtension = /^(?:[A-Za-z0-9]{1,16}|\*)$/;
// Path separators, characters Windows forbids in names, and control characters.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeInFileName = /[/\\<>:"|?*\u0000-\u001f\u007f]/;

type Fields = Record<string, unknown>;

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function fail<T>(message: string): Validation<T> {
  return { ok: false, message };
}

function validateFileName(value: unknown, field: string): Validation<string> {
  if (typeof value !== 'string') return fail(`${field} must be a string`);
  if (value.trim() === '') return fail(`${field} must not be empty`);
  if (value.length > MAX_FILE_NAME_LENGTH) return fail(`${field} must be at most ${MAX_FILE_NAME_LENGTH} characters`);
  if (unsafeInFileName.test(value)) {
    return fail(`${field} must be a bare file name, without folders or the characters / \\ < > : " | ? *`);
  }
  if (value.includes('..')) return fail(`${field} must not contain ".."`);
  return { ok: true, value };
}

function exceedsMaxBytes(contents: string | Uint8Array): boolean {
  if (typeof contents !== 'string') return contents.byteLength > MAX_FILE_BYTES;
  // UTF-8 needs at most 3 bytes per UTF-16 unit: count exactly only when it could matter.
  return contents.length * 3 > MAX_FILE_BYTES && Buffer.byteLength(contents, 'utf8') > MAX_FILE_BYTES;
}

function validateContents(value: unknown, field: string): Validation<string | Uint8Array> {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    return fail(`${field} must be a string or a Uint8Array`);
  }
  if (exceedsMaxBytes(value)) return fail(`${field} must be at most 100 MB`);
  return { ok: true, value };
}

function validateFilters(value: unknown, field: string): Validation<FileFilter[]> {
  if (!Array.isArray(value)) return fail(`${field} must be an array`);
  if (value.length > MAX_FILTERS) return fail(`${field} must have at most ${MAX_FILTERS} entries`);
  const filters: FileFilter[] = [];
  for (const [index, entry] of value.entries()) {
    const at = `${field}[${index}]`;
    if (!isPlainObject(entry)) return fail(`${at} must be an object with name and extensions`);
    const { name, extensions } = entry;
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_FILTER_NAME_LENGTH) {
      return fail(`${at}.name must be a non-empty string of at most ${MAX_FILTER_NAME_LENGTH} characters`);
    }
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      return fail(`${at}.extensions must be an array of 1 to ${MAX_EXTENSIONS} extensions`);
    }
    for (const [extensionIndex, extension] of extensions.entries()) {
      if (typeof extension !== 'string' || !safeExtension.test(extension)) {
        return fail(`${at}.extensions[${extensionIndex}] must be letters and digits only, without a dot (or "*")`);
      }
    }
    filters.push({ name, extensions: [...(extensions as string[])] });
  }
  return { ok: true, value: filters };
}

function validateMaxBytes(value: unknown, field: string): Validation<number> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX_FILE_BYTES) {
    return fail(`${field} must be a whole number of bytes above 0 and at most 100 MB (${MAX_FILE_BYTES})`);
  }
  return { ok: true, value };
}

export function validateSaveFileRequest(value: unknown): Validation<SaveFileRequest> {
  if (!isPlainObject(value)) return fail('request must be an object with suggestedName, contents and filters');
  const suggestedName = validateFileName(value.suggestedName, 'suggestedName');
  if (!suggestedName.ok) return suggestedName;
  const contents = validateContents(value.contents, 'contents');
  if (!contents.ok) return contents;
  const filters = validateFilters(value.filters, 'filters');
  if (!filters.ok) return filters;
  return { ok: true, value: { suggestedName: suggestedName.value, contents: contents.value, filters: filters.value } };
}

export function validateOpenTextFileRequest(value: unknown): Validation<OpenTextFileRequest> {
  if (!isPlainObject(value)) return fail('request must be an object with filters and maxBytes');
  const filters = validateFilters(value.filters, 'filters');
  if (!filters.ok) return filters;
  const maxBytes = validateMaxBytes(value.maxBytes, 'maxBytes');
  if (!maxBytes.ok) return maxBytes;
  return { ok: true, value: { filters: filters.value, maxBytes: maxBytes.value } };
}

export function validateAppInfoRequest(value: unknown): Validation<void> {
  if (value !== undefined) return fail('request must be empty: app:info takes no argument');
  return { ok: true, value: undefined };
}

export function validateListBackupsRequest(value: unknown): Validation<void> {
  if (value !== undefined) return fail('request must be empty: backup:list takes no argument');
  return { ok: true, value: undefined };
}

function validateBackupCaseId(value: unknown, field: string): Validation<string> {
  if (!isBackupCaseId(value)) return fail(`${field} must be 1 to 64 letters, digits and hyphens`);
  return { ok: true, value };
}

// What encryptWithVaultKey (and the passphrase export) writes first: main writes nothing else
// into the backups folder, so a bug in the page can never leave a case there unencrypted.
const encryptedCaseFilePrefix = '{"format":"cspr-desk/encrypted-case"';

export function validateWriteBackupRequest(value: unknown): Validation<WriteBackupRequest> {
  if (!isPlainObject(value)) return fail('request must be an object with caseId and contents');
  const caseId = validateBackupCaseId(value.caseId, 'caseId');
  if (!caseId.ok) return caseId;
  const { contents } = value;
  if (typeof contents !== 'string') return fail('contents must be a string');
  if (contents.length * 3 > MAX_BACKUP_BYTES && Buffer.byteLength(contents, 'utf8') > MAX_BACKUP_BYTES) {
    return fail(`contents must be at most ${MAX_BACKUP_BYTES / 1024 / 1024} MB`);
  }
  if (!contents.startsWith(encryptedCaseFilePrefix)) return fail('contents must be an encrypted case file');
  return { ok: true, value: { caseId: caseId.value, contents } };
}

export function validateReadBackupRequest(value: unknown): Validation<ReadBackupRequest> {
  if (!isPlainObject(value)) return fail('request must be an object with caseId and fileName');
  const caseId = validateBackupCaseId(value.caseId, 'caseId');
  if (!caseId.ok) return caseId;
  if (!isBackupFileName(value.fileName)) return fail('fileName must be the name of an automatic backup (<UTC timestamp>.cspr.json)');
  return { ok: true, value: { caseId: caseId.value, fileName: value.fileName } };
}
