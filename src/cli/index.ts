import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { runCli } from './run-cli';

// The headless command line over src/core: `npm run cli -- COMMAND …`.
const code = await runCli(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeBytes: async (path, bytes) => {
    const temporary = `${path}.${process.pid}.part`;
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  },
  // From a file (kept out of the shell history and the process list), else the environment.
  passphrase: async () => {
    const file = process.env.CSPR_PASSPHRASE_FILE;
    if (file) return (await readFile(file, 'utf8')).replace(/\r?\n$/, '');
    return process.env.CSPR_PASSPHRASE ?? null;
  },
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
