// A document about to be published, as data: every piece of text it will contain, each with
// where it came from. The composers (report, action plan, event notes) build it from a case
// file; the publication check reads its texts; the renderers (Word, CSV) write exactly it and
// nothing else. So what the check sees is what the document says, by construction.

/** Where a piece of text comes from: for the reviewer, and the case file fields it is made of. */
export interface Origin {
  /** "3. Analysis, paragraph 3.2", "Title page: reviewers", "Recommendation 2: agency" … */
  label: string;
  /** The case file fields it is made of, as paths ("recommendations[1].text"); none for the app's own words. */
  fields: readonly string[];
  /** Report body text only: the key of its section, so the app can take the reviewer there. */
  sectionKey?: string;
  /** Report body text only: the numbered paragraph it is, or the one it follows ("3.2"); none before the first. */
  paragraph?: string;
}

/** A run of text with its formatting. A "\n" in the text is a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** One piece of text the check reads as a whole: a body paragraph, a field's value, a label of the app's own. */
export interface Span {
  origin: Origin;
  runs: readonly Run[];
}

/** `contentsHeading`: the heading over the contents, which is not itself an entry in them. */
export type ParagraphStyle = 'normal' | 'title' | 'subtitle' | 'contentsHeading' | 'heading1' | 'heading2' | 'heading3' | 'quote' | 'tableHeading';

/** Statutory sections are numbered 1, 2 …; appendices A, B … */
export type NumberingScheme = 'statutory' | 'appendix';

export type ParagraphNumbering =
  | { kind: 'section-heading'; scheme: NumberingScheme }
  | { kind: 'body-paragraph'; scheme: NumberingScheme }
  | { kind: 'bullet'; level: number }
  /** `list` tells ordered lists apart, so each starts at 1. */
  | { kind: 'ordered'; level: number; list: number };

export interface ParagraphBlock {
  kind: 'paragraph';
  spans: readonly Span[];
  style?: ParagraphStyle;
  numbering?: ParagraphNumbering;
}

/** A table cell: its paragraphs. */
export type TableCell = readonly ParagraphBlock[];

export interface TableBlock {
  kind: 'table';
  /** Relative column widths; equal when absent. */
  columnWidths?: readonly number[];
  /** The heading row, repeated on every page the table runs onto. */
  header: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
}

export interface PageBreakBlock {
  kind: 'page-break';
}

/** The table of contents (a Word field over headings 1 to 3). */
export interface ContentsBlock {
  kind: 'contents';
  title: Span;
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock | ContentsBlock;

export interface DocumentSection {
  orientation: 'portrait' | 'landscape';
  blocks: readonly Block[];
}

export interface PublishedDocument {
  /** The file name, with its extension. */
  fileName: Span;
  properties: {
    title: Span;
    /** Who the document says wrote it: a role, or nobody; never the computer's user name. */
    author: Span | null;
  };
  /** The protective marking at the top of every page. */
  header: Span | null;
  /** At the foot of every page: the marking (restricted documents) and "Page X of Y". */
  footer: { marking: Span | null; pageNumbers: boolean };
  /** Body text size in points. */
  fontSize: number;
  /** Whether Word should refresh fields (the contents) when the document opens. */
  updateFieldsOnOpen: boolean;
  sections: readonly DocumentSection[];
}

// Builders, so composers read as the document they make.

/** Text of the app's own ("Contents", "Recommendation 2") that a composer puts beside the reviewer's. */
export const fixedOrigin = (label: string): Origin => ({ label, fields: [] });

export const span = (text: string, origin: Origin, format: Omit<Run, 'text'> = {}): Span => ({ origin, runs: [{ text, ...format }] });

export const paragraph = (spans: readonly Span[], options: Omit<ParagraphBlock, 'kind' | 'spans'> = {}): ParagraphBlock => ({
  kind: 'paragraph',
  spans,
  ...options,
});

/** A cell of one paragraph holding one span. */
export const cell = (text: string, origin: Origin): TableCell => [paragraph(text === '' ? [] : [span(text, origin)])];

/** The text a span reads as. */
export function spanText(value: Span): string {
  return value.runs.map((run) => run.text).join('');
}
