// The report's node types, in one place. The editor's Tiptap extensions, its margin numbers,
// the anonymisation check, the word count, the publication gate and the Word export all ask this
// registry what a node is, what text it shows and whether it takes a paragraph number, so no
// two of them can disagree about what the published report says.

/**
 * - document / section: the report and its sections (the section title is an attribute);
 * - textblock: a block holding inline content (paragraph, sub-heading);
 * - container: a block holding other blocks (lists, quotes, tables and their parts);
 * - block-leaf: a block with no content (page break);
 * - inline: text, or an inline atom that shows (or hides) text of its own.
 */
export type ReportNodeRole = 'document' | 'section' | 'textblock' | 'container' | 'block-leaf' | 'inline';

interface ReportNodeTypeSpec {
  role: ReportNodeRole;
  /** Whether a block of this type directly in a section takes the next paragraph number when it shows any text. */
  numbered: boolean;
  /** What the reviewer calls it, in the place a finding is reported: "list", "quote" … */
  noun: string;
}

export const reportNodeTypes = {
  doc: { role: 'document', numbered: false, noun: 'report' },
  reportSection: { role: 'section', numbered: false, noun: 'section' },
  paragraph: { role: 'textblock', numbered: true, noun: 'paragraph' },
  heading: { role: 'textblock', numbered: false, noun: 'sub-heading' },
  bulletList: { role: 'container', numbered: false, noun: 'list' },
  orderedList: { role: 'container', numbered: false, noun: 'numbered list' },
  listItem: { role: 'container', numbered: false, noun: 'list item' },
  blockquote: { role: 'container', numbered: false, noun: 'quote' },
  table: { role: 'container', numbered: false, noun: 'table' },
  tableRow: { role: 'container', numbered: false, noun: 'table row' },
  tableHeader: { role: 'container', numbered: false, noun: 'table heading cell' },
  tableCell: { role: 'container', numbered: false, noun: 'table cell' },
  pageBreak: { role: 'block-leaf', numbered: false, noun: 'page break' },
  text: { role: 'inline', numbered: false, noun: 'text' },
  hardBreak: { role: 'inline', numbered: false, noun: 'line break' },
  chronologyReference: { role: 'inline', numbered: false, noun: 'chronology reference' },
  noteSource: { role: 'inline', numbered: false, noun: 'link to a note' },
} as const satisfies Record<string, ReportNodeTypeSpec>;

export type ReportNodeType = keyof typeof reportNodeTypes;

/** The formatting a report's text may carry. */
export const reportMarkTypes = ['bold', 'italic', 'underline'] as const;
export type ReportMarkType = (typeof reportMarkTypes)[number];

export const reportNodeTypeNames = Object.keys(reportNodeTypes) as ReportNodeType[];

export function isReportNodeType(name: string): name is ReportNodeType {
  return Object.hasOwn(reportNodeTypes, name);
}

/** The node type, or an error naming it: stored reports are checked on reading, so this means a bug. */
export function reportNodeType(name: string): ReportNodeType {
  if (!isReportNodeType(name)) throw new Error(`“${name}” is not something a report can contain.`);
  return name;
}

export function nodeRole(name: string): ReportNodeRole {
  return reportNodeTypes[reportNodeType(name)].role;
}

/** A chronology reference as it reads in the report and in print: "[Police, 12 March 2021]". */
export function chronologyReferenceText(label: string): string {
  return `[${label}]`;
}

/**
 * The text an inline node shows, and prints: its characters; a line break; a chronology
 * reference's label in brackets. A link back to an event's note shows no text: it is the
 * reviewer's provenance, never published, counted, numbered or checked.
 */
export function inlineText(type: string, attrs: Readonly<Record<string, unknown>> | null | undefined, text: string | null | undefined): string {
  const name = reportNodeType(type);
  switch (name) {
    case 'text':
      return text ?? '';
    case 'hardBreak':
      return '\n';
    case 'chronologyReference':
      return chronologyReferenceText(String(attrs?.label ?? ''));
    case 'noteSource':
      return '';
    case 'doc':
    case 'reportSection':
    case 'paragraph':
    case 'heading':
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
    case 'blockquote':
    case 'table':
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell':
    case 'pageBreak':
      return '';
    default:
      return unmapped(name);
  }
}

/** For exhaustive switches over node types: a type added to the registry and not handled fails to compile. */
export function unmapped(type: never): never {
  throw new Error(`The report node type “${String(type)}” is not handled here.`);
}
