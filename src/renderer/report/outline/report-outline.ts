import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { sectionLabels } from '../../../core/report/paragraph-numbering';
import type { ReportSectionAttrs } from '../../../core/report/report-document';
import type { SectionState } from '../../../core/report/report-record';
import { countWords } from '../../../core/report/word-count';
import { leafText } from '../editor/textblock-text';

export interface OutlineSection {
  key: string;
  kind: ReportSectionAttrs['kind'];
  title: string;
  /** "3" or "A". */
  label: string;
  words: number;
  state: SectionState;
  /** Document position of the section node, for jumping to it. */
  pos: number;
}

export interface ReportOutline {
  sections: OutlineSection[];
  totalWords: number;
}

/** The navigator's view of the report: each section with its word count and state. */
export function reportOutline(doc: ProseMirrorNode, completedSections: readonly string[]): ReportOutline {
  const entries: { attrs: ReportSectionAttrs; words: number; pos: number }[] = [];
  doc.forEach((section, offset) => {
    const attrs = section.attrs as ReportSectionAttrs;
    entries.push({ attrs, words: countWords(section.textBetween(0, section.content.size, '\n', leafText)), pos: offset });
  });
  const labels = sectionLabels(entries);
  const sections = entries.map(({ attrs, words, pos }, index): OutlineSection => ({
    key: attrs.key,
    kind: attrs.kind,
    title: attrs.title,
    label: labels[index]!,
    words,
    pos,
    state: completedSections.includes(attrs.key) ? 'complete' : words === 0 ? 'empty' : 'in-progress',
  }));
  return { sections, totalWords: sections.reduce((total, section) => total + section.words, 0) };
}
