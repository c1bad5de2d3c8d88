import type { CaseFile } from '../core/case-file/case-file-format';
import { readCaseFile, refuseCaseFile, type ReadCaseFileResult } from '../core/case-file/read-case-file';
import { decryptCaseFileText, isEncryptedCaseFile } from '../core/crypto/encrypted-case-file';
import type { CliIo } from './cli-io';
import { describeCliError } from './describe-cli-error';

/**
 * Reads a case file's text, decrypting it first when it is encrypted, with the passphrase from
 * the environment (CSPR_PASSPHRASE_FILE, a file holding it, or CSPR_PASSPHRASE).
 */
export async function readCaseFileText(text: string, io: CliIo): Promise<ReadCaseFileResult> {
  if (!isEncryptedCaseFile(text)) return readCaseFile(text);
  const passphrase = (await io.passphrase?.()) ?? null;
  if (passphrase === null)
    return refuseCaseFile('The case file is encrypted: give its passphrase in a file named by CSPR_PASSPHRASE_FILE (or in CSPR_PASSPHRASE).');
  const decrypted = await decryptCaseFileText(text, passphrase);
  return decrypted.ok ? readCaseFile(decrypted.text) : refuseCaseFile(decrypted.message);
}

/** Reads and checks the case file at `path`; on failure says why on stderr and gives null. */
export async function loadCaseFile(path: string, io: CliIo): Promise<CaseFile | null> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.err(describeCliError(error, path));
    return null;
  }
  const read = await readCaseFileText(text, io);
  if (!read.ok) {
    io.err(`${path} is not a valid case file:`);
    for (const message of read.errors) io.err(`  - ${message}`);
    return null;
  }
  return read.file;
}
