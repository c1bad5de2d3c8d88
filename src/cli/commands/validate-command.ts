import { parseArgs } from 'node:util';
import { readCaseFileText } from '../read-case-file-text';
import { caseStatusLabels } from '../../core/cases/case-record';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';
import { describeCliError } from '../describe-cli-error';

export const validateUsage = 'validate CASEFILE.cspr.json [--json]   check a case file against the format';

/** Checks case files; exit 0 when all are valid, 1 when any is not, 2 when one cannot be read (its reason on stderr). */
export async function validateCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) {
    io.err(`Usage: ${validateUsage}`);
    return exitCodes.badInput;
  }
  const reports: { file: string; valid: boolean; errors: string[]; reviewName?: string }[] = [];
  let unreadable = false;
  for (const path of positionals) {
    let text: string;
    try {
      text = await io.readText(path);
    } catch (error) {
      // The other files are still checked; the JSON lists this one as not valid, with the reason.
      const reason = describeCliError(error, path);
      io.err(reason);
      reports.push({ file: path, valid: false, errors: [reason] });
      unreadable = true;
      continue;
    }
    const result = await readCaseFileText(text, io);
    if (result.ok) {
      reports.push({ file: path, valid: true, errors: [], reviewName: result.file.case.reviewName });
      if (!values.json) {
        const record = result.file.case;
        const version =
          result.migratedFrom === null ? `format version ${result.file.version}` : `format version ${result.migratedFrom}, read as ${result.file.version}`;
        io.out(`${path}: valid case file (${version}) — “${record.reviewName}”, ${caseStatusLabels[record.status]}`);
      }
    } else {
      reports.push({ file: path, valid: false, errors: result.errors });
      if (!values.json) {
        io.out(`${path}: not a valid case file`);
        for (const message of result.errors) io.out(`  - ${message}`);
      }
    }
  }
  if (values.json) io.out(JSON.stringify({ files: reports }, null, 2));
  if (unreadable) return exitCodes.badInput;
  return reports.every((report) => report.valid) ? exitCodes.ok : exitCodes.problems;
}
