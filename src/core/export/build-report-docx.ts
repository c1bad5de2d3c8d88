import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { CaseFile } from '../case-file/case-file-format';
import { formatChronologyDate } from '../chronology/chronology-csv';
import { formatLongUkDate } from '../dates/format-uk-date';
import { recommendationsByAgency } from '../report/recommendations-by-agency';
import { nodeText } from '../report/report-document';
import { acronymsDefinedIn, acronymsUsed, safeguardingAcronyms } from './acronyms';
import { actionPlanHeaders, actionPlanRows } from './action-plan';
import { blockToDocx } from './report-docx-blocks';
import { numberingReferences, reportNumbering } from './report-docx-numbering';

export type ExportKind = 'publication' | 'draft';

export type ExportAppendix = 'chronology' | 'glossary';

export interface ReportExportOptions {
  kind: ExportKind;
  appendices?: readonly ExportAppendix[];
  /** Also list each agency's recommendations after the table. */
  recommendationsByAgency?: boolean;
}

/** What the header of a restricted draft says on every page. */
export const restrictedDraftMarking = 'OFFICIAL-SENSITIVE — contains identifiable information — not for publication';
/** Who the document says wrote it: a role, never the computer's user name. */
export const documentAuthor = 'Independent reviewer';

// The page, styles, header and footer are shared with the other Word exports (event notes), so
// every document the app writes looks and is marked the same way.
export const a4 = { width: 11906, height: 16838 };
export const margins = { top: 1134, bottom: 1134, left: 1247, right: 1247, header: 567, footer: 567 };

/** Arial 12 pt in UK English, the whole document's default run. */
export const documentDefaults = { document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } } } };
/** A real paragraph style for table header cells, so Word and screen readers see a heading row. */
export const tableHeadingStyle = { id: 'TableHeading', name: 'Table Heading', basedOn: 'Normal', run: { bold: true } };

export function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ style: header ? 'TableHeading' : undefined, children: [new TextRun(text)] })] });
}

/** A table's first row, repeated at the top of every page the table runs onto. */
export function headerRow(titles: readonly string[]): TableRow {
  return new TableRow({ tableHeader: true, children: titles.map((title) => cell(title, true)) });
}

/** The protective marking, bold and centred, at the top of every page. */
export function markingHeader(marking: string): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] })] });
}

/** "Page X of Y" at the foot of every page, under the marking when the document is restricted. */
export function pageNumberFooter(marking?: string): Footer {
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] });
  if (!marking) return new Footer({ children: [pageNumber] });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] }), pageNumber] });
}

/** Letters, digits and dots joined by hyphens, never starting with a dot: safe in a file name on every system. */
export function safeFileNamePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');
}

function titlePage(file: CaseFile, marking: string): Paragraph[] {
  const page = file.report?.titlePage;
  const reviewName = page?.reviewName ?? file.case.reviewName;
  const lines: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Local Child Safeguarding Practice Review')] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(reviewName)] }),
    new Paragraph({ children: [new TextRun(page?.partnership ?? file.case.partnership)] }),
    new Paragraph({ children: [new TextRun(`Reviewer${(page?.reviewers ?? file.case.reviewers).length === 1 ? '' : 's'}: ${(page?.reviewers ?? file.case.reviewers).join(', ')}`)] }),
    new Paragraph({ children: [new TextRun(`${page?.versionLabel ?? ''}${page?.date ? `, ${formatLongUkDate(page.date)}` : ''}`)] }),
  ];
  if (marking) lines.push(new Paragraph({ children: [new TextRun({ text: marking, bold: true })] }));
  return lines;
}

function recommendationsTable(file: CaseFile): Table | null {
  if (file.recommendations.length === 0) return null;
  const agencies = new Map(file.agencies.map((agency) => [agency.id, agency.name]));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      headerRow(['No.', 'Recommendation', 'Agency or agencies', 'Target date']),
      ...[...file.recommendations]
        .sort((a, b) => a.order - b.order)
        .map(
          (recommendation, index) =>
            new TableRow({
              children: [
                cell(String(index + 1)),
                cell(recommendation.text),
                cell(recommendation.agencyIds.map((id) => agencies.get(id) ?? '').filter(Boolean).join(', ')),
                cell(recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : ''),
              ],
            }),
        ),
    ],
  });
}

function chronologyAppendix(file: CaseFile): ISectionOptions {
  const episodes = new Map(file.chronology.episodes.map((episode, index) => [episode.id, `Episode ${index + 1}: ${episode.title}`]));
  return {
    properties: { page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin: margins } },
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Appendix: integrated chronology')] }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          headerRow(['Date', 'Agency', 'Source', 'What happened', 'Analysis']),
          ...file.chronology.entries.map(
            (entry) =>
              new TableRow({
                children: [
                  cell(`${formatChronologyDate(entry)}${entry.time ? ` ${entry.time}` : ''}`),
                  cell(entry.agency),
                  cell(entry.source),
                  cell([entry.text, entry.outcome].filter(Boolean).join(' — ')),
                  cell([entry.analysis, ...entry.episodeIds.map((id) => episodes.get(id) ?? '')].filter(Boolean).join('\n')),
                ],
              }),
          ),
        ],
      }),
    ],
  };
}

function recommendationsByAgencyParagraphs(file: CaseFile): (Paragraph | Table)[] {
  const groups = recommendationsByAgency(
    file.recommendations.map((recommendation) => ({ ...recommendation, caseId: file.case.id })),
    file.agencies.map((agency) => ({ ...agency, caseId: file.case.id })),
  );
  return groups.flatMap((group) => [
    new Paragraph({ style: 'Heading3', children: [new TextRun(group.agency?.name ?? 'No agency yet')] }),
    ...group.recommendations.map(
      ({ number, recommendation }) =>
        new Paragraph({
          numbering: { reference: numberingReferences.bullets, level: 0 },
          children: [new TextRun(`Recommendation ${number}${recommendation.targetDate ? `, by ${formatLongUkDate(recommendation.targetDate)}` : ''}: ${recommendation.text}`)],
        }),
    ),
  ]);
}

function reportPlainText(file: CaseFile): string {
  return (file.report?.content.content ?? []).map((section) => `${section.attrs.title}\n${section.content.map(nodeText).join('\n')}`).join('\n');
}

/** The recommendations as an action plan for the partnership to monitor, in Word. */
export async function buildActionPlanDocx(file: CaseFile): Promise<Uint8Array> {
  const reviewName = file.report?.titlePage.reviewName ?? file.case.reviewName;
  const document = new Document({
    creator: documentAuthor,
    lastModifiedBy: documentAuthor,
    title: `${reviewName}: action plan`,
    styles: { default: { document: { run: { ...documentDefaults.document.run, size: 20 } } }, paragraphStyles: [tableHeadingStyle] },
    sections: [
      {
        properties: { page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin: margins } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`${reviewName}: action plan`)] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [headerRow(actionPlanHeaders), ...actionPlanRows(file).map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The report as a Word document, from a case file. */
export async function buildReportDocx(file: CaseFile, options: ReportExportOptions): Promise<Uint8Array> {
  const marking = options.kind === 'draft' ? restrictedDraftMarking : (file.report?.titlePage.protectiveMarking ?? '');
  let listInstance = 0;
  const body: (Paragraph | Table)[] = [];
  for (const section of file.report?.content.content ?? []) {
    const numbering = section.attrs.kind === 'statutory' ? numberingReferences.statutory : numberingReferences.appendix;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: numbering, level: 0 }, children: [new TextRun(section.attrs.title)] }));
    for (const block of section.content) body.push(...blockToDocx(block, { numbering, nextListInstance: () => (listInstance += 1) }));
    if (section.attrs.key === 'recommendations') {
      const table = recommendationsTable(file);
      if (table) body.push(table, new Paragraph({}));
      if (options.recommendationsByAgency) body.push(...recommendationsByAgencyParagraphs(file));
    }
  }
  if (options.appendices?.includes('glossary')) {
    const text = reportPlainText(file);
    const used = acronymsUsed(text, { ...safeguardingAcronyms, ...acronymsDefinedIn(text) });
    if (used.length > 0) {
      body.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Appendix: glossary')] }),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow(['Acronym', 'Meaning']), ...used.map(([acronym, meaning]) => new TableRow({ children: [cell(acronym), cell(meaning)] }))] }),
      );
    }
  }
  const header = marking ? markingHeader(marking) : undefined;
  const footer = pageNumberFooter();
  const page = { size: a4, margin: margins };
  const sections: ISectionOptions[] = [
    {
      properties: { page },
      headers: header ? { default: header } : undefined,
      footers: { default: footer },
      children: [...titlePage(file, marking), new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }), ...body],
    },
  ];
  if (options.appendices?.includes('chronology') && file.chronology.entries.length > 0) {
    sections.push({ ...chronologyAppendix(file), headers: header ? { default: header } : undefined, footers: { default: footer } });
  }
  const reviewName = file.report?.titlePage.reviewName ?? file.case.reviewName;
  const document = new Document({
    creator: documentAuthor,
    lastModifiedBy: documentAuthor,
    title: `${reviewName}: Local Child Safeguarding Practice Review`,
    description: '',
    features: { updateFields: true },
    numbering: reportNumbering,
    styles: {
      default: documentDefaults,
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 1440, right: 720 } } }, tableHeadingStyle],
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The suggested file name: the review's pseudonym and version, never a real name. */
export function reportFileName(file: CaseFile, kind: ExportKind): string {
  const page = file.report?.titlePage;
  return `${safeFileNamePart(page?.reviewName ?? file.case.reviewName)}-LCSPR-${safeFileNamePart(page?.versionLabel ?? 'report')}${kind === 'draft' ? '-RESTRICTED-DRAFT' : ''}.docx`;
}
