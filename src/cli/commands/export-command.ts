import { parseArgs } from 'node:util';
import { loadCaseFile } from '../read-case-file-text';
import type { ExportAppendix } from '../../core/export/compose-report';
import { publish, type PublishRequest } from '../../core/export/publish';
import { describeFinding, describeReadiness } from '../../core/export/publication-refusal';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const exportUsage = 'export CASEFILE.cspr.json [-o OUT.docx] [--draft] [--appendix chronology,glossary] [--by-agency]   the report as a Word document';
export const briefingUsage = 'briefing CASEFILE.cspr.json [-o OUT.docx]   the 7-minute briefing (two A4 pages) as a Word document';
export const actionPlanUsage = 'action-plan CASEFILE.cspr.json [-o OUT.docx|OUT.csv]   the recommendations as an action plan (Word or CSV)';

/** What the reviewer can do about a refusal: overrides are recorded in the app, where the audit log is. */
function refusalHint(toFinish: boolean, findings: boolean): string {
  if (!toFinish) return ' Resolve them, or export a restricted draft with --draft.';
  return ` Finish ${findings ? 'and resolve ' : ''}them (or override what is to finish, with a reason, in the app), or export a restricted draft with --draft.`;
}

/** Publishes through the one pipeline the app uses; writes only what it returns. */
async function publishAndWrite(path: string, request: PublishRequest, output: string | undefined, io: CliIo): Promise<ExitCode> {
  const file = await loadCaseFile(path, io);
  if (!file) return exitCodes.badInput;
  const result = await publish(file, request);
  if (!result.ok) {
    io.err(`${result.message}${result.readBack ? '' : refusalHint(result.readiness.length > 0, result.findings.length > 0)}`);
    // What is still to finish first, each with the key its override is recorded against; then the findings.
    for (const problem of result.readiness) io.err(`  ${describeReadiness(problem)}`);
    for (const finding of result.findings) io.err(`  ${describeFinding(finding)}`);
    return exitCodes.problems;
  }
  if (!io.writeBytes) {
    io.err('This command line cannot write files.');
    return exitCodes.badInput;
  }
  const target = output ?? result.fileName;
  await io.writeBytes(target, result.contents);
  io.out(`Wrote ${target} (${result.restricted ? 'restricted draft, not for publication' : 'for publication'}).`);
  return exitCodes.ok;
}

/** Exit 0 when written, 1 when a publication export is refused (not ready, or unresolved findings), 2 on bad input. */
export async function exportCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      draft: { type: 'boolean', default: false },
      appendix: { type: 'string' },
      'by-agency': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    io.err(`Usage: ${exportUsage}`);
    return exitCodes.badInput;
  }
  const appendices = (values.appendix ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = appendices.filter((item) => item !== 'chronology' && item !== 'glossary');
  if (unknown.length > 0) {
    io.err(`Unknown appendix: ${unknown.join(', ')} (choose from: chronology, glossary).`);
    return exitCodes.badInput;
  }
  const options = {
    kind: values.draft ? 'draft' : 'publication',
    appendices: appendices as ExportAppendix[],
    recommendationsByAgency: values['by-agency'],
  } as const;
  return publishAndWrite(path, { output: 'report', options }, values.output, io);
}

/**
 * The case file and the output of a command that writes one document: `CASEFILE [-o OUT]`, the output's
 * extension one of those given. Null (having said why) when the arguments are not that.
 */
function caseFileAndOutput(args: string[], usage: string, extensions: RegExp, what: string, io: CliIo): { path: string; output: string | undefined } | null {
  const { values, positionals } = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    io.err(`Usage: ${usage}`);
    return null;
  }
  if (values.output && !extensions.test(values.output)) {
    io.err(`${values.output}: ${what}.`);
    return null;
  }
  return { path, output: values.output };
}

/** Exit 0 when written, 1 when refused for unresolved findings, 2 on bad input. */
export async function actionPlanCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const parsed = caseFileAndOutput(args, actionPlanUsage, /\.(csv|docx)$/i, 'the action plan is written as .docx or .csv', io);
  if (!parsed) return exitCodes.badInput;
  const format = parsed.output && /\.csv$/i.test(parsed.output) ? 'csv' : 'docx';
  return publishAndWrite(parsed.path, { output: 'action-plan', format }, parsed.output, io);
}

/** Exit 0 when written, 1 when refused (the report is not ready to publish, or a finding is unresolved), 2 on bad input. */
export async function briefingCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const parsed = caseFileAndOutput(args, briefingUsage, /\.docx$/i, 'the 7-minute briefing is written as .docx', io);
  if (!parsed) return exitCodes.badInput;
  return publishAndWrite(parsed.path, { output: 'briefing' }, parsed.output, io);
}
