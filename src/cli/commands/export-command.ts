import { parseArgs } from 'node:util';
import { loadCaseFile } from '../read-case-file-text';
import { buildReportDocx, reportFileName, type ExportAppendix } from '../../core/export/build-report-docx';
import { unresolvedFindings } from '../../core/export/publication-gate';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const exportUsage = 'export CASEFILE.cspr.json -o OUT.docx [--draft] [--appendix chronology,glossary]   the report as a Word document';

/** Exit 0 when written, 1 when a publication export is refused for unresolved findings, 2 on bad input. */
export async function exportCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, draft: { type: 'boolean', default: false }, appendix: { type: 'string' } },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    io.err(`Usage: ${exportUsage}`);
    return exitCodes.badInput;
  }
  const appendices = (values.appendix ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = appendices.filter((item) => item !== 'chronology' && item !== 'glossary');
  if (unknown.length > 0) {
    io.err(`Unknown appendix: ${unknown.join(', ')} (choose from: chronology, glossary).`);
    return exitCodes.badInput;
  }
  const file = await loadCaseFile(path, io);
  if (!file) return exitCodes.badInput;
  const kind = values.draft ? 'draft' : 'publication';
  if (kind === 'publication') {
    const findings = unresolvedFindings(file, { chronology: appendices.includes('chronology') });
    if (findings.length > 0) {
      io.err(`Not exported for publication: ${findings.length} unresolved ${findings.length === 1 ? 'finding' : 'findings'}. Resolve them, or export a restricted draft with --draft.`);
      for (const finding of findings) io.err(`  ${finding.severity.padEnd(6)} ${finding.where}: “${finding.text}”${finding.replacement ? ` → ${finding.replacement}` : ''}`);
      return exitCodes.problems;
    }
  }
  const output = values.output ?? reportFileName(file, kind);
  const bytes = await buildReportDocx(file, { kind, appendices: appendices as ExportAppendix[] });
  if (!io.writeBytes) {
    io.err('This command line cannot write files.');
    return exitCodes.badInput;
  }
  await io.writeBytes(output, bytes);
  io.out(`Wrote ${output} (${kind === 'draft' ? 'restricted draft, not for publication' : 'for publication'}).`);
  return exitCodes.ok;
}
