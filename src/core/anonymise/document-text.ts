import { unzipSync } from 'fflate';
import type { CaseFile } from '../case-file/case-file-format';
import { nodeText, type ReportDocument, type ReportNode } from '../report/report-document';

// The plain text the checker reads from each kind of document; finding offsets index into it.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? whole),
  );

/** A Word document's body text, one line per paragraph (table cells are paragraphs too). */
export function docxPlainText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
  } catch {
    throw new Error('The file is not a Word document (.docx): it cannot be unzipped.');
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('The file is not a Word document (.docx): it has no word/document.xml.');
  const body = new TextDecoder().decode(xml);
  const paragraphs: string[] = [];
  for (const paragraph of body.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const piece of paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += piece[1] !== undefined ? decodeXml(piece[1]) : piece[0] === '<w:tab/>' ? '\t' : '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

function blockLines(node: ReportNode): string[] {
  if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'table' || node.type === 'tableRow' || node.type === 'tableCell' || node.type === 'tableHeader') {
    return (node.content ?? []).flatMap(blockLines);
  }
  return [nodeText(node)];
}

/** The report's text: section titles and every block, one line each. */
export function reportPlainText(document: ReportDocument): string {
  return document.content.flatMap((section) => [section.attrs.title, ...section.content.flatMap(blockLines)]).join('\n');
}

/**
 * Everything in a case file that is published or exported: title page, report, recommendations,
 * chronology, and the events' places, agendas and notes (exported, restricted, to attendees).
 */
export function caseFilePlainText(file: CaseFile): string {
  const lines: string[] = [];
  if (file.report) {
    const page = file.report.titlePage;
    lines.push(page.reviewName, page.partnership, page.reviewers.join(', '), page.versionLabel, reportPlainText(file.report.content));
  }
  for (const recommendation of file.recommendations) lines.push(recommendation.text);
  for (const entry of file.chronology.entries) lines.push([entry.agency, entry.source, entry.role, entry.text, entry.outcome, entry.analysis].filter(Boolean).join(' — '));
  for (const event of file.events.events) lines.push(event.place, ...event.agenda.map((item) => item.text));
  for (const note of file.events.notes) lines.push(note.text);
  return lines.join('\n');
}
