import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isNumberedBlock, sectionLabels } from '../../../core/report/paragraph-numbering';
import type { ReportSectionAttrs } from '../../../core/report/report-document';
import { showsText } from './textblock-text';

interface Numbering {
  /** One character per direct block: '1' numbered, '0' not, per section: changes when numbers do. */
  signature: string;
  decorations: DecorationSet;
}

interface NumberedBlock {
  from: number;
  to: number;
  label: string;
}

function numberBlocks(doc: ProseMirrorNode): { signature: string; blocks: NumberedBlock[] } {
  const sections: { node: ProseMirrorNode; pos: number }[] = [];
  doc.forEach((node, pos) => sections.push({ node, pos }));
  const labels = sectionLabels(sections.map(({ node }) => ({ attrs: node.attrs as ReportSectionAttrs })));
  const blocks: NumberedBlock[] = [];
  const signature: string[] = [];
  sections.forEach(({ node, pos }, index) => {
    let count = 0;
    let flags = '';
    node.forEach((block, offset) => {
      const numbered = isNumberedBlock(block.type.name, block.isTextblock && showsText(block));
      flags += numbered ? '1' : '0';
      if (!numbered) return;
      count += 1;
      const from = pos + 1 + offset;
      blocks.push({ from, to: from + block.nodeSize, label: `${labels[index]}.${count}` });
    });
    signature.push(`${labels[index]}:${flags}`);
  });
  return { signature: signature.join('|'), blocks };
}

function decorate(doc: ProseMirrorNode, blocks: NumberedBlock[]): DecorationSet {
  return DecorationSet.create(
    doc,
    blocks.map(({ from, to, label }) => Decoration.node(from, to, { 'data-paragraph-number': label })),
  );
}

export const paragraphNumbersKey = new PluginKey<Numbering>('paragraphNumbers');

/** The paragraph number ("3.2") of the block containing `pos`, or null. */
export function paragraphNumberAt(doc: ProseMirrorNode, pos: number): string | null {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth < 2) return null;
  const blockStart = $pos.before(2);
  return numberBlocks(doc).blocks.find((block) => block.from === blockStart)?.label ?? null;
}

/**
 * Numbers body paragraphs in the margin with the rule in src/core (the Word export and the
 * publication check use the same rule and the same reading of a block's text). After a keystroke that does not change which blocks are numbered, the previous
 * decorations are only mapped, not rebuilt.
 */
export const ParagraphNumbers = Extension.create({
  name: 'paragraphNumbers',

  addProseMirrorPlugins() {
    return [
      new Plugin<Numbering>({
        key: paragraphNumbersKey,
        state: {
          init: (_config, state) => {
            const { signature, blocks } = numberBlocks(state.doc);
            return { signature, decorations: decorate(state.doc, blocks) };
          },
          apply: (tr, previous) => {
            if (!tr.docChanged) return previous;
            const { signature, blocks } = numberBlocks(tr.doc);
            if (signature === previous.signature) {
              // Mapping drops the decoration of a block that was replaced: then rebuild.
              const mapped = previous.decorations.map(tr.mapping, tr.doc);
              if (mapped.find().length === blocks.length) return { signature, decorations: mapped };
            }
            return { signature, decorations: decorate(tr.doc, blocks) };
          },
        },
        props: {
          decorations: (state) => paragraphNumbersKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
