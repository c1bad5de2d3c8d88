import type { Result } from '../core/result';
// The check reads only what it can read whole. Anything else is refused by name: reading a PDF
// or an old .doc as text would find nothing and report "No identifying details found."

export type CheckedDocumentKind = 'text' | 'docx' | 'case-file';

export type CheckedDocumentKindResult = Result<{ kind: CheckedDocumentKind }>;

const readable = 'give a .txt, .md, .docx or .cspr.json';

// How to turn a common unreadable format into one the check reads.
const hints = new Map([
  ['pdf', 'save a PDF as Word first'],
  ['doc', 'save it from Word as .docx first'],
  ['docm', 'save it from Word as .docx first'],
  ['odt', 'save it as Word (.docx) first'],
  ['rtf', 'save it as Word (.docx) first'],
  ['pages', 'export it as Word (.docx) first'],
  ['json', 'a case file’s name ends .cspr.json'],
]);

/** What kind of document `path` is, by its name; or a sentence refusing it, naming the file and what the check reads. */
export function checkedDocumentKind(path: string): CheckedDocumentKindResult {
  if (/\.cspr\.json$/i.test(path)) return { ok: true, kind: 'case-file' };
  if (/\.docx$/i.test(path)) return { ok: true, kind: 'docx' };
  if (/\.(txt|md)$/i.test(path)) return { ok: true, kind: 'text' };
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === undefined) return { ok: false, message: `${path}: the check cannot read a file without an extension; ${readable}.` };
  const hint = hints.get(extension);
  return { ok: false, message: `${path}: the check cannot read .${extension} files; ${readable}${hint ? ` (${hint})` : ''}.` };
}
