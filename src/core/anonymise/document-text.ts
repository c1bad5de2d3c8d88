import type { CaseFile } from '../case-file/case-file-format';
import { readDocxParts } from './written-file-text';
import { nodeText, type ReportDocument } from '../report/report-document';

// The plain text the checker reads from each kind of document; finding offsets index into it.

/**
 * A Word document's text, one line per paragraph (table cells are paragraphs too): the body,
 * then its headers, footers, notes and comments, then its properties (title, author …), since a
 * name in any of them is published with the file.
 */
export function docxPlainText(bytes: Uint8Array): string {
  return readDocxParts(bytes)
    .sort((a, b) => Number(b.name === 'document body') - Number(a.name === 'document body'))
    .flatMap((part) => part.paragraphs)
    .join('\n');
}

/** The report's text: section titles and every block, one line per paragraph, references by their labels. */
export function reportPlainText(document: ReportDocument): string {
  return document.content.flatMap((section) => [section.attrs.title, ...section.content.map(nodeText)]).join('\n');
}

/**
 * Everything in a case file that is published or exported: title page, report, agencies,
 * recommendations, chronology and its episodes, and the events' places, agendas and notes
 * (exported, restricted, to attendees).
 */
export function caseFilePlainText(file: CaseFile): string {
  const lines: string[] = [];
  if (file.report) {
    const page = file.report.titlePage;
    lines.push(page.reviewName, page.partnership, page.reviewers.join(', '), page.versionLabel, page.protectiveMarking, reportPlainText(file.report.content));
  } else {
    lines.push(file.case.reviewName, file.case.partnership, file.case.reviewers.join(', '));
  }
  for (const agency of file.agencies) lines.push(agency.name);
  for (const recommendation of file.recommendations) lines.push(recommendation.text);
  for (const entry of file.chronology.entries)
    lines.push([entry.agency, entry.source, entry.role, entry.text, entry.outcome, entry.analysis].filter(Boolean).join(' — '));
  for (const episode of file.chronology.episodes) lines.push(episode.title);
  for (const event of file.events.events) lines.push(event.place, ...event.agenda.map((item) => item.text));
  for (const note of file.events.notes) lines.push(note.text);
  return lines.join('\n');
}
