import type { Transaction } from '@tiptap/pm/state';
import type { EditorFinding } from './anonymisation-highlight';

/**
 * Replaces a finding where it is. A finding inside a chronology reference's label changes the
 * label, so the reference still leads to its entry; anywhere else the text itself is replaced.
 */
export function replaceFinding(tr: Transaction, finding: Pick<EditorFinding, 'from' | 'to' | 'text'>, replacement: string): void {
  const node = tr.doc.nodeAt(finding.from);
  if (node?.type.name === 'chronologyReference' && finding.to === finding.from + node.nodeSize) {
    const label = String(node.attrs.label ?? '');
    const at = label.indexOf(finding.text);
    if (at >= 0) tr.setNodeMarkup(finding.from, undefined, { ...node.attrs, label: label.slice(0, at) + replacement + label.slice(at + finding.text.length) });
    return;
  }
  tr.insertText(replacement, finding.from, finding.to);
}
