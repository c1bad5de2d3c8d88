import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { AnonymisationChecker } from '../../../core/anonymise/anonymisation-checker';
import { findingContext, ignoredKey } from '../../../core/anonymise/anonymisation-records';
import type { Finding } from '../../../core/anonymise/finding';
import { editorTextblockText } from './textblock-text';

// Highlights the anonymisation checker's findings in the report as the reviewer types. Only the
// paragraphs a change touched are scanned again; the rest of the highlights are just mapped.

export interface EditorFinding extends Finding {
  /** Positions in the document (Finding.start/end are offsets in the paragraph's text); a whole reference when the finding is in its label. */
  from: number;
  to: number;
  /** The words around it, to recognise an occurrence the reviewer chose to leave. */
  context: string;
}

interface HighlightState {
  checker: AnonymisationChecker | null;
  ignored: ReadonlySet<string>;
  decorations: DecorationSet;
}

export const anonymisationKey = new PluginKey<HighlightState>('anonymisationHighlight');

// Each paragraph is checked as the export prints it (editorTextblockText): a chronology
// reference by its label, so a name in a label is found here as it would be at publication; a
// finding inside a reference marks the whole reference.
function scanBlock(checker: AnonymisationChecker, ignored: ReadonlySet<string>, block: ProseMirrorNode, pos: number): Decoration[] {
  const { text, positionAt } = editorTextblockText(block, pos);
  if (text.trim() === '') return [];
  return checker.check(text).flatMap((finding) => {
    const context = findingContext(text, finding.start, finding.end);
    if (ignored.has(ignoredKey(finding.text, context))) return [];
    const from = positionAt(finding.start, 'start');
    const to = positionAt(finding.end, 'end');
    const spec: EditorFinding = { ...finding, from, to, context };
    return [Decoration.inline(from, to, { class: `finding finding-${finding.severity}`, 'data-finding-rule': finding.rule }, { finding: spec })];
  });
}

function scanRange(state: HighlightState, doc: ProseMirrorNode, from: number, to: number): Decoration[] {
  if (!state.checker) return [];
  const checker = state.checker;
  const decorations: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      decorations.push(...scanBlock(checker, state.ignored, node, pos));
      return false;
    }
    return true;
  });
  return decorations;
}

/** The span of the new document a transaction changed, widened to whole paragraphs. */
function changedRange(tr: Transaction): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, rest.map(newStart, -1));
      to = Math.max(to, rest.map(newEnd, 1));
    });
  });
  if (from === Infinity) return null;
  const doc = tr.doc;
  const $from = doc.resolve(Math.max(0, Math.min(from, doc.content.size)));
  const $to = doc.resolve(Math.max(0, Math.min(to, doc.content.size)));
  const start = $from.depth > 0 ? $from.start($from.depth) - 1 : 0;
  const end = $to.depth > 0 ? $to.end($to.depth) + 1 : doc.content.size;
  return [Math.max(0, start), Math.min(doc.content.size, end)];
}

export function editorFindings(state: EditorState): EditorFinding[] {
  const decorations = anonymisationKey.getState(state)?.decorations ?? DecorationSet.empty;
  return decorations
    .find()
    .map((decoration) => ({ ...(decoration.spec as { finding: EditorFinding }).finding, from: decoration.from, to: decoration.to }))
    .sort((a, b) => a.from - b.from);
}

type HighlightMeta = { kind: 'set'; checker: AnonymisationChecker | null; ignored: ReadonlySet<string> } | { kind: 'scan'; from: number; to: number };

/** Gives the plugin the case's checker (built from its register) and the occurrences to leave; the document is then scanned in slices. */
export function setAnonymisationChecker(tr: Transaction, checker: AnonymisationChecker | null, ignored: ReadonlySet<string>): Transaction {
  return tr.setMeta(anonymisationKey, { kind: 'set', checker, ignored } satisfies HighlightMeta);
}

/** Scans one slice of the document (whole paragraphs between from and to). */
export function scanSlice(tr: Transaction, from: number, to: number): Transaction {
  return tr.setMeta(anonymisationKey, { kind: 'scan', from, to } satisfies HighlightMeta);
}

/**
 * Scans the whole document a slice at a time, a few milliseconds each, yielding in between, so
 * opening a long report with a large register never blocks typing. Returns a cancel function.
 */
export function scanDocumentInSlices(view: { state: EditorState; dispatch: (tr: Transaction) => void; isDestroyed?: boolean }, budgetMs = 8): () => void {
  let cancelled = false;
  let position = 0;
  const step = () => {
    if (cancelled || view.isDestroyed) return;
    const started = performance.now();
    const doc = view.state.doc;
    while (position < doc.content.size && performance.now() - started < budgetMs) {
      // The next top-level section's blocks, a handful at a time.
      const $pos = doc.resolve(Math.min(position, doc.content.size));
      const end = Math.min(doc.content.size, position + 2000);
      const $end = doc.resolve(end);
      const to = $end.depth >= 2 ? $end.after(2) : end;
      view.dispatch(scanSlice(view.state.tr, $pos.pos, to));
      position = to;
    }
    if (position < view.state.doc.content.size) setTimeout(step, 0);
  };
  setTimeout(step, 0);
  return () => {
    cancelled = true;
  };
}

/** The highlighting as a ProseMirror plugin (the extension below adds it to the editor). */
export function anonymisationHighlightPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: anonymisationKey,
    state: {
      init: () => ({ checker: null, ignored: new Set(), decorations: DecorationSet.empty }),
      apply: (tr, previous, _oldState, newState) => {
        const meta = tr.getMeta(anonymisationKey) as HighlightMeta | undefined;
        if (meta?.kind === 'set') return { checker: meta.checker, ignored: meta.ignored, decorations: DecorationSet.empty };
        if (meta?.kind === 'scan') {
          const existing = previous.decorations.find(meta.from, meta.to);
          return { ...previous, decorations: previous.decorations.remove(existing).add(newState.doc, scanRange(previous, newState.doc, meta.from, meta.to)) };
        }
        if (!tr.docChanged || !previous.checker) return previous;
        const range = changedRange(tr);
        let decorations = previous.decorations.map(tr.mapping, tr.doc);
        if (range) {
          decorations = decorations.remove(decorations.find(range[0], range[1]));
          decorations = decorations.add(tr.doc, scanRange(previous, tr.doc, range[0], range[1]));
        }
        return { ...previous, decorations };
      },
    },
    props: {
      decorations: (state) => anonymisationKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

export const AnonymisationHighlight = Extension.create({
  name: 'anonymisationHighlight',

  addProseMirrorPlugins() {
    return [anonymisationHighlightPlugin()];
  },
});
