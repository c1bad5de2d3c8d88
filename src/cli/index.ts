import { readFile } from 'node:fs/promises';
import { describeFileError } from '../main/files/describe-file-error';
import { runCli } from './run-cli';
import { writeOutputFile } from './write-output-file';

// The headless command line over src/core: `npm run cli -- COMMAND …`. It imports only the
// plain-Node file helpers of src/main/files (no Electron), so it writes files as the app does.

/** The passphrase file's text; when it cannot be read, one sentence saying why, naming the variable and the file. */
async function readPassphraseFile(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
  } catch (error) {
    throw new Error(`CSPR_PASSPHRASE_FILE: ${describeFileError(error, file)}`, { cause: error });
  }
}

const code = await runCli(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  // Atomic and, when new, readable only by the user, through the main process's own writer.
  writeBytes: writeOutputFile,
  // From a file (kept out of the shell history and the process list), else the environment.
  passphrase: async () => {
    const file = process.env.CSPR_PASSPHRASE_FILE;
    if (file) return readPassphraseFile(file);
    return process.env.CSPR_PASSPHRASE ?? null;
  },
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
