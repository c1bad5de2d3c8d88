import type { EditorState } from '@tiptap/pm/state';
import { appositionSpan } from '../../../core/anonymise/apposition';
import { dateGeneralisations } from '../../../core/anonymise/date-generalisations';
import { editorFindings, type EditorFinding } from '../editor/anonymisation-highlight';
import { paragraphNumberAt } from '../editor/paragraph-numbers';
import { editorTextblockText } from '../editor/textblock-text';

// Each finding of the report as the review panel offers it: where it is (paragraph number),
// the replacements that fit (the register's, or less precise dates), and, for a name in
// apposition, the span that drops it with its commas.

export interface ReviewFinding extends EditorFinding {
  /** The same while the words around it stay the same, wherever typing elsewhere moves it. */
  key: string;
  /** The same while this text's occurrences keep their order: what the reviewer typed as its replacement stays with it when the words around change. */
  draftKey: string;
  /** "paragraph 2.3", or the section's title where the block takes no number. */
  where: string;
  /** What to offer as the replacement, first the suggested one; empty when the reviewer must choose (see candidates). */
  suggestions: string[];
  /** Document positions of the name and the commas around it, when it is in apposition. */
  apposition: { from: number; to: number } | null;
  /** What "Replace" replaces: the finding, or with the "on" before a date ("on 14 March 2021" → "in early 2021"). */
  span: { from: number; to: number; text: string };
}

/** The child's birth date and pseudonym, for "when Leo was two". */
export type ChildBirth = { iso: string; name: string } | null;

const isDate = (finding: EditorFinding) => finding.category === 'date' || finding.category === 'full-date';

export function reviewFindings(state: EditorState, birth: ChildBirth): ReviewFinding[] {
  const doc = state.doc;
  const seen = new Map<string, number>();
  const seenText = new Map<string, number>();
  return editorFindings(state).map((finding) => {
    const words = `${finding.text}\u241f${finding.context}`;
    seen.set(words, (seen.get(words) ?? 0) + 1);
    seenText.set(finding.text, (seenText.get(finding.text) ?? 0) + 1);
    const $from = doc.resolve(finding.from);
    const depth = $from.depth > 0 && $from.parent.isTextblock ? $from.depth : null;
    const number = paragraphNumberAt(doc, finding.from);
    const sectionTitle = $from.depth >= 1 ? String($from.node(1).attrs.title ?? '') : '';
    let apposition: ReviewFinding['apposition'] = null;
    let span = { from: finding.from, to: finding.to, text: finding.text };
    let dates = isDate(finding) ? dateGeneralisations(finding.text, birth) : [];
    if (depth !== null) {
      const blockPos = $from.before(depth);
      const block = editorTextblockText($from.parent, blockPos);
      const found = appositionSpan(block.text, finding.start, finding.end);
      if (found) apposition = { from: block.positionAt(found.start, 'start'), to: block.positionAt(found.end, 'end') };
      // A date's generalisations bring their own preposition: "on 14 March 2021" becomes "in early 2021".
      const on = /\b([Oo]n)\s+$/.exec(block.text.slice(0, finding.start));
      if (on && dates.length > 0) {
        const start = finding.start - on[0].length;
        span = { from: block.positionAt(start, 'start'), to: finding.to, text: block.text.slice(start, finding.end) };
        if (on[1] === 'On') dates = dates.map((date) => date[0]!.toUpperCase() + date.slice(1));
      }
    }
    const suggestions = finding.candidates
      ? []
      : [...(isDate(finding) ? dates : []), ...(finding.replacement && !isDate(finding) ? [finding.replacement] : [])];
    return {
      ...finding,
      key: `${words}\u241f${seen.get(words)}`,
      draftKey: `${finding.text}\u241f${seenText.get(finding.text)}`,
      where: number ? `paragraph ${number}` : sectionTitle,
      suggestions: suggestions.length === 0 && finding.replacement && !finding.candidates ? [finding.replacement] : suggestions,
      apposition,
      span,
    };
  });
}
