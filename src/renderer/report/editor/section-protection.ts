import { Extension, type Editor } from '@tiptap/core';
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { AllSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { ReportDocument, ReportSectionAttrs } from '../../../core/report/report-document';

/** Our own commands that add, rename or remove sections, or load content, set this meta. */
export const sectionChangeMetaKey = 'cspr-section-change';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportSections: {
      addAppendix: (title: string) => ReturnType;
      renameAppendix: (key: string, title: string) => ReturnType;
      removeAppendix: (key: string) => ReturnType;
    };
  }
}

function sectionSignature(doc: ProseMirrorNode): string {
  const parts: string[] = [];
  doc.forEach((section) => {
    const attrs = section.attrs as ReportSectionAttrs;
    parts.push(`${attrs.kind}\u0000${attrs.key}\u0000${attrs.title}`);
  });
  return parts.join('\u0001');
}

function findSection(doc: ProseMirrorNode, key: string): { node: ProseMirrorNode; pos: number } | null {
  let found: { node: ProseMirrorNode; pos: number } | null = null;
  doc.forEach((node, pos) => {
    if ((node.attrs as ReportSectionAttrs).key === key) found = { node, pos };
  });
  return found;
}

function spansSections(state: EditorState): boolean {
  const { from, to } = state.selection;
  if (state.selection instanceof AllSelection) return true;
  const $from = state.doc.resolve(from);
  const $to = state.doc.resolve(to);
  return $from.depth >= 1 && $to.depth >= 1 && $from.index(0) !== $to.index(0);
}

/**
 * Clears the selected content inside each section it touches, keeping every section (with at
 * least one empty paragraph): what select-all + delete means in a report.
 */
export function clearAcrossSections(state: EditorState): Transaction {
  const { from, to } = state.selection;
  const tr = state.tr;
  const sections: { pos: number; node: ProseMirrorNode }[] = [];
  state.doc.forEach((node, pos) => sections.push({ node, pos }));
  for (const { node, pos } of sections.reverse()) {
    const start = pos + 1;
    const end = pos + 1 + node.content.size;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a >= b) continue;
    if (a === start && b === end) tr.replaceWith(start, end, state.schema.nodes.paragraph!.create());
    else tr.delete(a, b);
  }
  const caret = Math.min(tr.mapping.map(from), tr.doc.content.size - 1);
  return tr.setSelection(TextSelection.near(tr.doc.resolve(caret))).scrollIntoView();
}

/** Pasted content copied across a section boundary comes without the sections themselves. */
function flattenSections(slice: Slice): Slice {
  let hasSection = false;
  slice.content.forEach((node) => {
    if (node.type.name === 'reportSection') hasSection = true;
  });
  if (!hasSection) return slice;
  const blocks: ProseMirrorNode[] = [];
  slice.content.forEach((node) => {
    if (node.type.name === 'reportSection') node.content.forEach((child) => blocks.push(child));
    else blocks.push(node);
  });
  return new Slice(Fragment.from(blocks), Math.max(0, slice.openStart - 1), Math.max(0, slice.openEnd - 1));
}

/** Replaces the whole report (loading, restoring a version), outside the undo history. */
export function setReportContent(editor: Editor, content: ReportDocument): void {
  editor
    .chain()
    .command(({ tr }) => {
      tr.setMeta(sectionChangeMetaKey, true).setMeta('addToHistory', false);
      return true;
    })
    .setContent(content, { emitUpdate: false })
    .run();
}

/**
 * Statutory sections cannot be deleted, renamed or reordered by any keystroke, paste or drag:
 * every transaction that would change the sequence of sections is refused, unless it comes from
 * one of our own section commands. Select-all, delete and cut are made to work within that rule.
 */
export const SectionProtection = Extension.create({
  name: 'sectionProtection',

  addCommands() {
    return {
      addAppendix:
        (title) =>
        ({ state, tr, dispatch }) => {
          const key = `appendix-${crypto.randomUUID().slice(0, 8)}`;
          const section = state.schema.nodes.reportSection!.create({ kind: 'appendix', key, title: title.trim() }, state.schema.nodes.paragraph!.create());
          if (dispatch) {
            const at = state.doc.content.size;
            tr.insert(at, section).setMeta(sectionChangeMetaKey, true);
            tr.setSelection(TextSelection.near(tr.doc.resolve(at + 2))).scrollIntoView();
          }
          return true;
        },
      renameAppendix:
        (key, title) =>
        ({ state, tr, dispatch }) => {
          const found = findSection(state.doc, key);
          if (!found || found.node.attrs.kind !== 'appendix' || title.trim() === '') return false;
          if (dispatch) tr.setNodeMarkup(found.pos, undefined, { ...found.node.attrs, title: title.trim() }).setMeta(sectionChangeMetaKey, true);
          return true;
        },
      removeAppendix:
        (key) =>
        ({ state, tr, dispatch }) => {
          const found = findSection(state.doc, key);
          if (!found || found.node.attrs.kind !== 'appendix') return false;
          if (dispatch) tr.delete(found.pos, found.pos + found.node.nodeSize).setMeta(sectionChangeMetaKey, true);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const clearIfSpanning = () => {
      const { state, view } = this.editor;
      if (!spansSections(state) || !this.editor.isEditable) return false;
      view.dispatch(clearAcrossSections(state));
      return true;
    };
    return {
      // First press selects the current section's content; a second press selects everything.
      'Mod-a': () => {
        const { state, view } = this.editor;
        const { $from } = state.selection;
        if ($from.depth < 1 || state.selection instanceof AllSelection) return false;
        const start = $from.before(1) + 1;
        const end = $from.after(1) - 1;
        const sectionSelection = TextSelection.between(state.doc.resolve(start), state.doc.resolve(end));
        if (state.selection.from <= sectionSelection.from && state.selection.to >= sectionSelection.to) return false;
        view.dispatch(state.tr.setSelection(sectionSelection));
        return true;
      },
      Backspace: clearIfSpanning,
      Delete: clearIfSpanning,
      'Mod-Backspace': clearIfSpanning,
      'Mod-Delete': clearIfSpanning,
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('sectionProtection'),
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || tr.getMeta(sectionChangeMetaKey) === true) return true;
          return sectionSignature(tr.doc) === sectionSignature(state.doc);
        },
        props: {
          transformPasted: flattenSections,
          // Typing over a selection that spans sections replaces the text, keeping the sections.
          handleTextInput: (view, _from, _to, text) => {
            if (!spansSections(view.state)) return false;
            view.dispatch(clearAcrossSections(view.state).insertText(text));
            return true;
          },
          handleDOMEvents: {
            // The editor's own cut copies the selection, then its delete is refused when it spans
            // sections; clear the content inside each section instead.
            cut: (view) => {
              if (!spansSections(view.state) || !editor.isEditable) return false;
              setTimeout(() => {
                if (spansSections(view.state)) view.dispatch(clearAcrossSections(view.state));
              }, 0);
              return false;
            },
          },
        },
      }),
    ];
  },
});
