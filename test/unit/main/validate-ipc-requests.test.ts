import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../../src/main/backups/backup-names';
import {
  MAX_FILE_BYTES,
  validateAppInfoRequest,
  validateListBackupsRequest,
  validateOpenTextFileRequest,
  validateReadBackupRequest,
  validateSaveFileRequest,
  validateWriteBackupRequest,
} from '../../../src/main/ipc/validate-ipc-requests';

const filters = [{ name: 'Word document', extensions: ['docx'] }];
const goodSave = { suggestedName: 'Overview report.docx', contents: 'text', filters };
const goodOpen = { filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }], maxBytes: 1024 };

/** The message starts with the field's name, then a space. */
function namesField(field: string): RegExp {
  return new RegExp(`^${field.replace(/[[\].]/g, '\\$&')} `);
}

function errorOf(result: { ok: boolean; message?: string }): string {
  expect(result.ok).toBe(false);
  return result.message ?? '';
}

describe('validateSaveFileRequest', () => {
  it('accepts text and bytes', () => {
    expect(validateSaveFileRequest(goodSave)).toEqual({ ok: true, value: goodSave });
    const bytes = { ...goodSave, contents: new Uint8Array([1, 2, 3]) };
    expect(validateSaveFileRequest(bytes)).toEqual({ ok: true, value: bytes });
    expect(validateSaveFileRequest({ ...goodSave, filters: [] }).ok).toBe(true);
    expect(validateSaveFileRequest({ ...goodSave, filters: [{ name: 'All files', extensions: ['*'] }] }).ok).toBe(true);
  });

  it('keeps known fields only', () => {
    const result = validateSaveFileRequest({ ...goodSave, path: '/etc/passwd', __proto__: { x: 1 } });
    expect(result).toEqual({ ok: true, value: goodSave });
  });

  it.each([
    ['request', undefined],
    ['request', null],
    ['request', 'text'],
    ['request', [goodSave]],
    ['suggestedName', { ...goodSave, suggestedName: undefined }],
    ['suggestedName', { ...goodSave, suggestedName: 42 }],
    ['suggestedName', { ...goodSave, suggestedName: '' }],
    ['suggestedName', { ...goodSave, suggestedName: '   ' }],
    ['suggestedName', { ...goodSave, suggestedName: '../../.bashrc' }],
    ['suggestedName', { ...goodSave, suggestedName: '..' }],
    ['suggestedName', { ...goodSave, suggestedName: 'report..docx' }],
    ['suggestedName', { ...goodSave, suggestedName: 'folder/report.docx' }],
    ['suggestedName', { ...goodSave, suggestedName: 'folder\\report.docx' }],
    ['suggestedName', { ...goodSave, suggestedName: '/etc/passwd' }],
    ['suggestedName', { ...goodSave, suggestedName: 'C:report.docx' }],
    ['suggestedName', { ...goodSave, suggestedName: 'report\u0000.docx' }],
    ['suggestedName', { ...goodSave, suggestedName: 'report?.docx' }],
    ['suggestedName', { ...goodSave, suggestedName: `${'a'.repeat(196)}.docx` }],
    ['contents', { ...goodSave, contents: undefined }],
    ['contents', { ...goodSave, contents: 42 }],
    ['contents', { ...goodSave, contents: [1, 2, 3] }],
    ['contents', { ...goodSave, contents: new ArrayBuffer(3) }],
    ['contents', { ...goodSave, contents: { length: 3 } }],
    ['filters', { ...goodSave, filters: undefined }],
    ['filters', { ...goodSave, filters: 'docx' }],
    ['filters[0]', { ...goodSave, filters: [null] }],
    ['filters[0].name', { ...goodSave, filters: [{ extensions: ['docx'] }] }],
    ['filters[0].name', { ...goodSave, filters: [{ name: '', extensions: ['docx'] }] }],
    ['filters[0].extensions', { ...goodSave, filters: [{ name: 'Word', extensions: 'docx' }] }],
    ['filters[0].extensions', { ...goodSave, filters: [{ name: 'Word', extensions: [] }] }],
    ['filters[0].extensions[0]', { ...goodSave, filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['filters[0].extensions[1]', { ...goodSave, filters: [{ name: 'Word', extensions: ['docx', '../x'] }] }],
    ['filters[0].extensions[0]', { ...goodSave, filters: [{ name: 'Word', extensions: ['do cx'] }] }],
    ['filters[0].extensions[0]', { ...goodSave, filters: [{ name: 'Word', extensions: [7] }] }],
    ['filters[1].extensions[0]', { ...goodSave, filters: [filters[0], { name: 'Bad', extensions: ['*.*'] }] }],
    ['filters', { ...goodSave, filters: Array.from({ length: 21 }, () => filters[0]) }],
  ])('refuses a bad %s (case %#)', (field, request) => {
    expect(errorOf(validateSaveFileRequest(request))).toMatch(namesField(field));
  });

  it('refuses contents over 100 MB, as bytes or as text', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(errorOf(validateSaveFileRequest({ ...goodSave, contents: bytes }))).toMatch(/^contents must be at most 100 MB/);
    expect(validateSaveFileRequest({ ...goodSave, contents: new Uint8Array(MAX_FILE_BYTES) }).ok).toBe(true);
    // 35 million "€" signs: 35 M UTF-16 units but 105 MB of UTF-8.
    const text = '€'.repeat(35 * 1024 * 1024);
    expect(errorOf(validateSaveFileRequest({ ...goodSave, contents: text }))).toMatch(/^contents /);
  });
});

describe('validateOpenTextFileRequest', () => {
  it('accepts a good request', () => {
    expect(validateOpenTextFileRequest(goodOpen)).toEqual({ ok: true, value: goodOpen });
    expect(validateOpenTextFileRequest({ ...goodOpen, maxBytes: MAX_FILE_BYTES }).ok).toBe(true);
  });

  it.each([
    ['request', null],
    ['filters', { ...goodOpen, filters: undefined }],
    ['filters[0].extensions[0]', { ...goodOpen, filters: [{ name: 'CSV', extensions: ['c/v'] }] }],
    ['maxBytes', { ...goodOpen, maxBytes: undefined }],
    ['maxBytes', { ...goodOpen, maxBytes: '1024' }],
    ['maxBytes', { ...goodOpen, maxBytes: 0 }],
    ['maxBytes', { ...goodOpen, maxBytes: -1 }],
    ['maxBytes', { ...goodOpen, maxBytes: 1.5 }],
    ['maxBytes', { ...goodOpen, maxBytes: Number.NaN }],
    ['maxBytes', { ...goodOpen, maxBytes: Number.POSITIVE_INFINITY }],
    ['maxBytes', { ...goodOpen, maxBytes: MAX_FILE_BYTES + 1 }],
  ])('refuses a bad %s (case %#)', (field, request) => {
    expect(errorOf(validateOpenTextFileRequest(request))).toMatch(namesField(field));
  });
});

describe('validateAppInfoRequest', () => {
  it('takes no argument', () => {
    expect(validateAppInfoRequest(undefined)).toEqual({ ok: true, value: undefined });
    expect(errorOf(validateAppInfoRequest({}))).toMatch(/^request /);
    expect(errorOf(validateAppInfoRequest(null))).toMatch(/^request /);
  });
});

const caseId = '5f0c7a2e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const encrypted = '{"format":"cspr-desk/encrypted-case","version":2,"ciphertext":"AAAA"}\n';
const goodWrite = { caseId, contents: encrypted };
const goodRead = { caseId, fileName: '2021-02-14T10-42-05-123Z.cspr.json' };

describe('validateWriteBackupRequest', () => {
  it('accepts an encrypted case file for a plain case id, and keeps known fields only', () => {
    expect(validateWriteBackupRequest(goodWrite)).toEqual({ ok: true, value: goodWrite });
    expect(validateWriteBackupRequest({ ...goodWrite, path: '/etc/passwd' })).toEqual({ ok: true, value: goodWrite });
    expect(validateWriteBackupRequest({ ...goodWrite, caseId: 'x-0123abcd' }).ok).toBe(true);
  });

  it.each([
    ['request', undefined],
    ['request', null],
    ['request', [goodWrite]],
    ['caseId', { ...goodWrite, caseId: undefined }],
    ['caseId', { ...goodWrite, caseId: '' }],
    ['caseId', { ...goodWrite, caseId: '..' }],
    ['caseId', { ...goodWrite, caseId: '../other-case' }],
    ['caseId', { ...goodWrite, caseId: 'a/b' }],
    ['caseId', { ...goodWrite, caseId: 'a\\b' }],
    ['caseId', { ...goodWrite, caseId: 'C:' }],
    ['caseId', { ...goodWrite, caseId: 'case id' }],
    ['caseId', { ...goodWrite, caseId: 'a'.repeat(65) }],
    ['caseId', { ...goodWrite, caseId: 42 }],
    ['contents', { ...goodWrite, contents: undefined }],
    ['contents', { ...goodWrite, contents: new Uint8Array([123]) }],
    ['contents', { ...goodWrite, contents: '' }],
    // Never a case in the clear.
    ['contents', { ...goodWrite, contents: '{"format":"cspr-desk/case","version":5}' }],
    ['contents', { ...goodWrite, contents: ' {"format":"cspr-desk/encrypted-case"}' }],
  ])('refuses a bad %s (case %#)', (field, request) => {
    expect(errorOf(validateWriteBackupRequest(request))).toMatch(namesField(field));
  });

  it('refuses contents over the backup size limit', () => {
    const huge = encrypted + 'A'.repeat(MAX_BACKUP_BYTES);
    expect(errorOf(validateWriteBackupRequest({ ...goodWrite, contents: huge }))).toMatch(/^contents must be at most 300 MB/);
  });
});

describe('validateReadBackupRequest', () => {
  it('accepts a backup name', () => {
    expect(validateReadBackupRequest(goodRead)).toEqual({ ok: true, value: goodRead });
  });

  it.each([
    ['request', 'x'],
    ['caseId', { ...goodRead, caseId: '../x' }],
    ['fileName', { ...goodRead, fileName: undefined }],
    ['fileName', { ...goodRead, fileName: '../2021-02-14T10-42-05-123Z.cspr.json' }],
    ['fileName', { ...goodRead, fileName: '2021-02-14T10-42-05-123Z.cspr.json/../../x' }],
    ['fileName', { ...goodRead, fileName: 'report.docx' }],
    ['fileName', { ...goodRead, fileName: '.2021-02-14T10-42-05-123Z.cspr.json.abc123.tmp' }],
  ])('refuses a bad %s (case %#)', (field, request) => {
    expect(errorOf(validateReadBackupRequest(request))).toMatch(namesField(field));
  });
});

describe('validateListBackupsRequest', () => {
  it('takes no argument', () => {
    expect(validateListBackupsRequest(undefined)).toEqual({ ok: true, value: undefined });
    expect(errorOf(validateListBackupsRequest({}))).toMatch(/^request /);
  });
});
