import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface FindMatch {
  from: number;
  to: number;
}

const wordCharacter = /[\p{L}\p{N}_]/u;
// Inline nodes that are not text (line breaks) stand for one character no query can match.
const inlineStandIn = '\uFFFC';

/**
 * Every match of `query` in the document, in order. A match may run across text with different
 * formatting inside one paragraph, never across two blocks.
 */
export function findMatches(doc: ProseMirrorNode, query: string, options: FindOptions): FindMatch[] {
  if (query === '') return [];
  const needle = options.matchCase ? query : query.toLowerCase();
  const matches: FindMatch[] = [];
  doc.descendants((block, blockPos) => {
    if (!block.isTextblock) return true;
    let text = '';
    block.forEach((child) => {
      text += child.isText ? (child.text ?? '') : inlineStandIn.repeat(child.nodeSize);
    });
    const haystack = options.matchCase ? text : text.toLowerCase();
    // Lower-casing can change a string's length in rare scripts; then positions would drift.
    if (haystack.length !== text.length) return false;
    let index = haystack.indexOf(needle);
    while (index !== -1) {
      const end = index + needle.length;
      const boundaryBefore = index === 0 || !wordCharacter.test(text[index - 1]!);
      const boundaryAfter = end === text.length || !wordCharacter.test(text[end]!);
      if (!options.wholeWord || (boundaryBefore && boundaryAfter)) matches.push({ from: blockPos + 1 + index, to: blockPos + 1 + end });
      index = haystack.indexOf(needle, index + Math.max(1, needle.length));
    }
    return false;
  });
  return matches;
}

/** Replaces one match, keeping the formatting of its first character. */
export function replaceMatch(state: EditorState, match: FindMatch, replacement: string): Transaction {
  const tr = state.tr;
  if (replacement === '') return tr.delete(match.from, match.to);
  const marks = state.doc.resolve(match.from + 1).marks();
  return tr.replaceWith(match.from, match.to, state.schema.text(replacement, marks));
}

/** Replaces every match in one transaction (one undo step). */
export function replaceAllMatches(state: EditorState, query: string, replacement: string, options: FindOptions): { tr: Transaction; count: number } {
  const matches = findMatches(state.doc, query, options);
  const tr = state.tr;
  for (const match of [...matches].reverse()) {
    if (replacement === '') tr.delete(match.from, match.to);
    else tr.replaceWith(match.from, match.to, state.schema.text(replacement, state.doc.resolve(match.from + 1).marks()));
  }
  return { tr, count: matches.length };
}

export interface FindHighlight {
  query: string;
  options: FindOptions;
  activeIndex: number;
}

interface HighlightState {
  highlight: FindHighlight | null;
  decorations: DecorationSet;
}

export const findHighlightPluginKey = new PluginKey<HighlightState>('findHighlight');

function highlightDecorations(doc: ProseMirrorNode, highlight: FindHighlight | null): DecorationSet {
  if (!highlight || highlight.query === '') return DecorationSet.empty;
  const matches = findMatches(doc, highlight.query, highlight.options);
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, { class: index === highlight.activeIndex ? 'find-match find-match-active' : 'find-match' }),
    ),
  );
}

/** Shows (or, with null, clears) the find panel's matches in the editor. */
export function setFindHighlight(editor: Editor, highlight: FindHighlight | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(findHighlightPluginKey, { highlight }).setMeta('addToHistory', false));
}

/** Highlights find matches; costs nothing while the find panel is closed. */
export const FindHighlight = Extension.create({
  name: 'findHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: findHighlightPluginKey,
        state: {
          init: () => ({ highlight: null, decorations: DecorationSet.empty }),
          apply: (tr, previous) => {
            const meta = tr.getMeta(findHighlightPluginKey) as { highlight: FindHighlight | null } | undefined;
            const highlight = meta ? meta.highlight : previous.highlight;
            if (!meta && (!tr.docChanged || !highlight)) return previous;
            return { highlight, decorations: highlightDecorations(tr.doc, highlight) };
          },
        },
        props: {
          decorations: (state) => findHighlightPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
