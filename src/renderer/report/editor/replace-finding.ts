import type { Transaction } from '@tiptap/pm/state';
import type { EditorFinding } from './anonymisation-highlight';

/** What a replacement changed, where it is in the document just after, to put it back later. */
export type ReportEdit = { kind: 'text'; from: number; before: string; after: string } | { kind: 'label'; pos: number; before: string; after: string };

/**
 * Replaces a finding where it is. A finding inside a chronology reference's label changes the
 * label, so the reference still leads to its entry; anywhere else the text itself is replaced.
 * Returns what changed (positions in the transaction's document at that moment).
 */
export function replaceFinding(tr: Transaction, finding: Pick<EditorFinding, 'from' | 'to' | 'text'>, replacement: string): ReportEdit | null {
  const node = tr.doc.nodeAt(finding.from);
  if (node?.type.name === 'chronologyReference' && finding.to === finding.from + node.nodeSize) {
    const label = String(node.attrs.label ?? '');
    const at = label.indexOf(finding.text);
    if (at < 0) return null;
    const after = label.slice(0, at) + replacement + label.slice(at + finding.text.length);
    tr.setNodeMarkup(finding.from, undefined, { ...node.attrs, label: after });
    return { kind: 'label', pos: finding.from, before: label, after };
  }
  const before = tr.doc.textBetween(finding.from, finding.to);
  tr.insertText(replacement, finding.from, finding.to);
  return { kind: 'text', from: finding.from, before, after: replacement };
}

/**
 * Replaces several findings in one transaction (one undo), from the end so earlier positions stay
 * valid; returns the edits with their positions in the document as it is after all of them.
 */
export function replaceFindings(tr: Transaction, findings: readonly Pick<EditorFinding, 'from' | 'to' | 'text'>[], replacement: string): ReportEdit[] {
  const made: ReportEdit[] = [];
  for (const finding of [...findings].sort((a, b) => b.from - a.from)) {
    const edit = replaceFinding(tr, finding, replacement);
    if (edit) made.push(edit);
  }
  // Each edit moves those after it: an edit's final position counts the edits before it.
  const shift = (position: number) =>
    made
      .filter((edit) => edit.kind === 'text' && edit.from < position)
      .reduce((total, edit) => total + (edit.after.length - (edit as { before: string }).before.length), 0);
  return made.map((edit) => (edit.kind === 'text' ? { ...edit, from: edit.from + shift(edit.from) } : { ...edit, pos: edit.pos + shift(edit.pos) }));
}

/** Puts back what edits changed, where it is still exactly as they left it; how many were put back. */
export function undoReportEdits(tr: Transaction, edits: readonly ReportEdit[]): number {
  let undone = 0;
  const position = (edit: ReportEdit) => (edit.kind === 'text' ? edit.from : edit.pos);
  for (const edit of [...edits].sort((a, b) => position(b) - position(a))) {
    if (edit.kind === 'text') {
      if (edit.from + edit.after.length > tr.doc.content.size || tr.doc.textBetween(edit.from, edit.from + edit.after.length) !== edit.after) continue;
      tr.insertText(edit.before, edit.from, edit.from + edit.after.length);
    } else {
      const node = tr.doc.nodeAt(edit.pos);
      if (node?.type.name !== 'chronologyReference' || node.attrs.label !== edit.after) continue;
      tr.setNodeMarkup(edit.pos, undefined, { ...node.attrs, label: edit.before });
    }
    undone += 1;
  }
  return undone;
}
