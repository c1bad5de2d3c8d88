import { parseArgs } from 'node:util';
import { checkText } from '../../core/anonymise/anonymisation-checker';
import { caseFilePlainText, docxPlainText } from '../../core/anonymise/document-text';
import type { Finding } from '../../core/anonymise/finding';
import { parseRegisterCsv, type RegisteredIdentifier } from '../../core/anonymise/identifier-register';
import { checkedDocumentKind, type CheckedDocumentKind } from '../checked-document-kind';
import { describeCliError } from '../describe-cli-error';
import { readCaseFileText } from '../read-case-file-text';
import { readInputBytes, readInputText } from '../read-input-file';
import { exitCodes, type CliIo, type ExitCode } from '../cli-io';

export const checkUsage = 'check DOCUMENT --register REGISTER.csv [--allow ALLOW.txt] [--json]   anonymisation check of a .txt, .md, .docx or .cspr.json';

interface CheckedDocument {
  text: string;
  /** A case file's own register and allow list. */
  identifiers?: RegisteredIdentifier[];
  allow?: string[];
  /** A case file's partnership, whose area is never a finding alone. */
  partnership?: string;
}

/** "The file is not a Word document …" (the reader does not know the name) → "report.docx is not a Word document …". */
function notReadableAsWord(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /^The file /.test(message) ? message.replace(/^The file /, `${path} `) : `${path}: ${message}`;
}

async function readDocument(path: string, kind: CheckedDocumentKind, io: CliIo): Promise<CheckedDocument> {
  if (kind === 'docx') {
    const bytes = await readInputBytes(path, io);
    try {
      return { text: docxPlainText(bytes) };
    } catch (error) {
      throw new Error(notReadableAsWord(path, error), { cause: error });
    }
  }
  const text = await readInputText(path, io);
  if (kind === 'case-file') {
    const read = await readCaseFileText(text, io);
    if (!read.ok) throw new Error(`${path} is not a valid case file: ${read.errors.join('; ')}`);
    return {
      text: caseFilePlainText(read.file),
      identifiers: read.file.anonymisation.identifiers,
      allow: read.file.anonymisation.allowed.map((item) => item.phrase),
      partnership: read.file.case.partnership,
    };
  }
  return { text };
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
  return `${from > 0 ? '…' : ''}${text.slice(from, finding.start)}[${finding.text}]${text.slice(finding.end, to)}${to < text.length ? '…' : ''}`.replace(
    /\s+/g,
    ' ',
  );
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
  const kind = checkedDocumentKind(path);
  if (!kind.ok) {
    io.err(kind.message);
    return exitCodes.badInput;
  }
  if (!values.register && kind.kind !== 'case-file') {
    io.err(`Give the register: ${checkUsage}`);
    return exitCodes.badInput;
  }
  let document: CheckedDocument;
  let identifiers: RegisteredIdentifier[];
  let allow: string[] = [];
  try {
    document = await readDocument(path, kind.kind, io);
    if (values.allow)
      allow = (await readInputText(values.allow, io))
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    if (values.register) {
      const register = parseRegisterCsv(await readInputText(values.register, io));
      if (!register.ok) {
        for (const problem of register.problems) io.err(`${values.register}, row ${problem.row}: ${problem.message}`);
        return exitCodes.badInput;
      }
      identifiers = register.identifiers;
    } else {
      // A case file's own register.
      identifiers = document.identifiers ?? [];
      allow = [...allow, ...(document.allow ?? [])];
    }
  } catch (error) {
    io.err(describeCliError(error));
    return exitCodes.badInput;
  }
  const { text } = document;
  const findings = checkText(text, { identifiers, allow, partnership: document.partnership ?? '' });
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          // A finding that could be more than one person has no replacement (null) and lists who it may be.
          // `reason`: why a variant or a part is taken for a register entry ("sounds like “Yusuf”").
          findings: findings.map(({ start, end, text: found, category, severity, rule, replacement, candidates, reason }) => ({
            start,
            end,
            text: found,
            category,
            severity,
            rule,
            replacement: candidates ? null : replacement,
            ...(candidates ? { candidates: candidates.map(({ value, replacement: candidate }) => ({ value, replacement: candidate })) } : {}),
            ...(reason ? { reason } : {}),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const finding of findings) {
      const { line, column } = position(text, finding.start);
      io.out(
        `${line}:${column}  ${finding.severity.padEnd(6)} ${finding.category.padEnd(12)} ${context(text, finding)}${finding.replacement ? `  → ${finding.replacement}` : ''}${finding.candidates ? `  → one of: ${finding.candidates.map((candidate) => `${candidate.replacement} (${candidate.value})`).join(', ')}` : ''}${finding.reason ? `  (${finding.reason})` : ''}`,
      );
    }
    const bySeverity = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
    io.out(
      findings.length === 0
        ? 'No identifying details found.'
        : `${findings.length} findings: ${bySeverity('high')} high, ${bySeverity('medium')} medium, ${bySeverity('low')} low.`,
    );
  }
  return findings.length === 0 ? exitCodes.ok : exitCodes.problems;
}
