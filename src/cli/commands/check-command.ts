import { parseArgs } from 'node:util';
import { checkText } from '../../core/anonymise/anonymisation-checker';
import { caseFilePlainText, docxPlainText } from '../../core/anonymise/document-text';
import type { Finding } from '../../core/anonymise/finding';
import { parseRegisterCsv } from '../../core/anonymise/identifier-register';
import { readCaseFile } from '../../core/case-file/read-case-file';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const checkUsage = 'check DOCUMENT --register REGISTER.csv [--allow ALLOW.txt] [--json]   anonymisation check of a .txt, .md, .docx or .cspr.json';

async function documentText(path: string, io: CliIo): Promise<string> {
  if (/\.docx$/i.test(path)) return docxPlainText(await io.readBytes(path));
  const text = (await io.readText(path)).replace(/^\uFEFF/, '');
  if (/\.cspr\.json$/i.test(path)) {
    const read = readCaseFile(text);
    if (!read.ok) throw new Error(`${path} is not a valid case file: ${read.errors.join('; ')}`);
    return caseFilePlainText(read.file);
  }
  return text;
}

/** Line and column (1-based) of an offset, for the readable listing. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function context(text: string, finding: Finding): string {
  const from = Math.max(0, finding.start - 30);
  const to = Math.min(text.length, finding.end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, finding.start)}[${finding.text}]${text.slice(finding.end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/** Exit 0 when nothing was found, 1 when something was, 2 on bad input. */
export async function checkCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { register: { type: 'string' }, allow: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    io.err(`Usage: ${checkUsage}`);
    return exitCodes.badInput;
  }
  if (!values.register) {
    io.err(/\.cspr\.json$/i.test(path) ? 'This version keeps no register in case files yet: give --register REGISTER.csv.' : `Give the register: ${checkUsage}`);
    return exitCodes.badInput;
  }
  let text: string;
  let registerText: string;
  let allow: string[] = [];
  try {
    text = await documentText(path, io);
    registerText = await io.readText(values.register);
    if (values.allow) allow = (await io.readText(values.allow)).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return exitCodes.badInput;
  }
  const register = parseRegisterCsv(registerText);
  if (!register.ok) {
    for (const problem of register.problems) io.err(`${values.register}, row ${problem.row}: ${problem.message}`);
    return exitCodes.badInput;
  }
  const findings = checkText(text, { identifiers: register.identifiers, allow });
  if (values.json) {
    io.out(JSON.stringify({ findings: findings.map(({ start, end, text: found, category, severity, rule, replacement }) => ({ start, end, text: found, category, severity, rule, replacement })) }, null, 2));
  } else {
    for (const finding of findings) {
      const { line, column } = position(text, finding.start);
      io.out(`${line}:${column}  ${finding.severity.padEnd(6)} ${finding.category.padEnd(12)} ${context(text, finding)}${finding.replacement ? `  → ${finding.replacement}` : ''}`);
    }
    const bySeverity = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    io.out(findings.length === 0 ? 'No identifying details found.' : `${findings.length} findings: ${bySeverity('high')} high, ${bySeverity('medium')} medium, ${bySeverity('low')} low.`);
  }
  return findings.length === 0 ? exitCodes.ok : exitCodes.problems;
}
