import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli';

// The headless command line over src/core: `npm run cli -- COMMAND …`.
const code = await runCli(process.argv.slice(2), {
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
