import type { CaseFile } from '../case-file/case-file-format';
import { formatChronologyDate } from '../chronology/chronology-csv';
import { chronologySortKey } from '../chronology/sort-chronology';
import { formatLongUkDate } from '../dates/format-uk-date';
import { recommendationsByAgency } from '../report/recommendations-by-agency';
import { sectionText } from '../report/report-document';
import { reviewTypeTitle } from '../report/title-page';
import { acronymsDefinedIn, acronymsUsed, safeguardingAcronyms } from './acronyms';
import {
  cell,
  fixedOrigin,
  paragraph,
  span,
  type Block,
  type DocumentSection,
  type Origin,
  type ParagraphBlock,
  type PublishedDocument,
  type Span,
  type TableCell,
} from './published-document';
import { reportBodyBlocks } from './report-body-blocks';

// The overview report as a PublishedDocument: title page, contents, the sections with their
// numbered paragraphs, the recommendations (as a table, and by agency), the glossary and the
// chronology appendix. Every string carries the case file fields it was made of, so a finding
// in it says where to fix it.

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

/** Letters, digits and dots joined by hyphens, never starting with a dot: safe in a file name on every system. */
export function safeFileNamePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '');
}

/** The title page's fields, from the report or, before it was first opened, from the case. */
function titleFields(file: CaseFile) {
  const page = file.report?.titlePage;
  const from = page ? 'report.titlePage' : 'case';
  return {
    reviewName: { text: page?.reviewName ?? file.case.reviewName, field: `${from}.reviewName` },
    partnership: { text: page?.partnership ?? file.case.partnership, field: `${from}.partnership` },
    reviewers: (page?.reviewers ?? file.case.reviewers).map((text, index) => ({ text, field: `${from}.reviewers[${index}]` })),
    versionLabel: page ? { text: page.versionLabel, field: 'report.titlePage.versionLabel' } : null,
    date: page?.date ? { text: formatLongUkDate(page.date), field: 'report.titlePage.date' } : null,
    marking: page ? { text: page.protectiveMarking, field: 'report.titlePage.protectiveMarking' } : null,
  };
}

/** The suggested file name: the review's pseudonym and version, never a real name. */
export function reportFileName(file: CaseFile, kind: ExportKind): string {
  const page = file.report?.titlePage;
  return `${safeFileNamePart(page?.reviewName ?? file.case.reviewName)}-LCSPR-${safeFileNamePart(page?.versionLabel ?? 'report')}${kind === 'draft' ? '-RESTRICTED-DRAFT' : ''}.docx`;
}

const field = (label: string, path: string): Origin => ({ label, fields: [path] });

/** Spans joined by a separator of the app's own (", "). */
function joined(spans: readonly Span[], separator: string, origin: Origin): Span[] {
  return spans.flatMap((item, index) => (index === 0 ? [item] : [span(separator, origin), item]));
}

function marking(file: CaseFile, options: ReportExportOptions): Span | null {
  if (options.kind === 'draft') return span(restrictedDraftMarking, fixedOrigin('Restricted draft marking'), { bold: true });
  const value = titleFields(file).marking;
  return value && value.text.trim() !== '' ? span(value.text, field('Title page: protective marking', value.field), { bold: true }) : null;
}

/**
 * The cover, on a page of its own: the review type and name, the partnership, the reviewers (a
 * published report names them), the date; a draft also its version, status and marking.
 */
function coverPage(file: CaseFile, options: ReportExportOptions): Block[] {
  const fields = titleFields(file);
  const page = fixedOrigin('Title page');
  const reviewers = fields.reviewers.map((item) => span(item.text, field('Title page: reviewers', item.field)));
  const reviewerLine: Block[] =
    reviewers.length > 0 ? [paragraph([span(`Independent reviewer${reviewers.length === 1 ? '' : 's'}: `, page), ...joined(reviewers, ', ', page)])] : [];
  const date = fields.date && span(fields.date.text, field('Title page: date', fields.date.field));
  const lines: Block[] = [
    paragraph([span(`${reviewTypeTitle}: `, page), span(fields.reviewName.text, field('Title page: review name', fields.reviewName.field))], {
      style: 'title',
    }),
    paragraph([span(fields.partnership.text, field('Title page: partnership', fields.partnership.field))], { style: 'subtitle' }),
    ...reviewerLine,
  ];
  if (options.kind === 'publication') {
    // The publication copy carries no draft label: only the date it is published.
    if (date) lines.push(paragraph([span('Published ', page), date]));
  } else {
    const status = file.report?.titlePage.status;
    const version = [
      fields.versionLabel && span(fields.versionLabel.text, field('Title page: version', fields.versionLabel.field)),
      ...(status ? [span(`Status: ${status === 'final' ? 'Final' : 'Draft'}`, page)] : []),
      date,
    ].filter((item): item is Span => Boolean(item));
    if (version.length > 0) lines.push(paragraph(joined(version, ', ', page)));
  }
  const mark = marking(file, options);
  if (mark) lines.push(paragraph([mark]));
  return [...lines, { kind: 'page-break' }];
}

/** The recommendations in the order they are numbered, with their index in the file (for field paths). */
function numberedRecommendations(file: CaseFile) {
  return file.recommendations.map((recommendation, index) => ({ recommendation, index })).sort((a, b) => a.recommendation.order - b.recommendation.order);
}

function agencySpans(file: CaseFile, agencyIds: readonly string[], label: string): Span[] {
  return agencyIds.flatMap((id) => {
    const index = file.agencies.findIndex((agency) => agency.id === id);
    return index < 0 ? [] : [span(file.agencies[index]!.name, field(label, `agencies[${index}].name`))];
  });
}

function recommendationsTable(file: CaseFile): Block[] {
  if (file.recommendations.length === 0) return [];
  const heading = fixedOrigin('Recommendations table, heading row');
  const rows = numberedRecommendations(file).map(({ recommendation, index }, position): TableCell[] => {
    const name = `Recommendation ${position + 1}`;
    const path = `recommendations[${index}]`;
    return [
      cell(String(position + 1), fixedOrigin(name)),
      cell(recommendation.text, field(name, `${path}.text`)),
      [paragraph(joined(agencySpans(file, recommendation.agencyIds, `${name}: agency`), ', ', fixedOrigin(name)))],
      cell(recommendation.targetDate ? formatLongUkDate(recommendation.targetDate) : '', field(`${name}: target date`, `${path}.targetDate`)),
    ];
  });
  return [
    {
      kind: 'table',
      // The wording widest, the number narrow: a header never breaks inside a word.
      columnWidths: [7, 51, 26, 16],
      header: ['No.', 'Recommendation', 'Agency or agencies', 'Target date'].map((title) => cell(title, heading)),
      rows,
    },
    paragraph([]),
  ];
}

function recommendationsByAgencyBlocks(file: CaseFile): Block[] {
  const indexOf = new Map(file.recommendations.map((recommendation, index) => [recommendation.id, index]));
  const groups = recommendationsByAgency(
    file.recommendations.map((recommendation) => ({ ...recommendation, caseId: file.case.id })),
    file.agencies.map((agency) => ({ ...agency, caseId: file.case.id })),
  );
  return groups.flatMap((group): Block[] => {
    const agencyIndex = group.agency ? file.agencies.findIndex((agency) => agency.id === group.agency!.id) : -1;
    const heading =
      agencyIndex >= 0
        ? span(file.agencies[agencyIndex]!.name, field('Recommendations by agency: agency', `agencies[${agencyIndex}].name`))
        : span('No agency yet', fixedOrigin('Recommendations by agency'));
    return [
      paragraph([heading], { style: 'heading3' }),
      ...group.recommendations.map(({ number, recommendation }): ParagraphBlock => {
        const name = `Recommendations by agency: recommendation ${number}`;
        const path = `recommendations[${indexOf.get(recommendation.id)}]`;
        const own = fixedOrigin(name);
        return paragraph(
          [
            span(`Recommendation ${number}`, own),
            ...(recommendation.targetDate
              ? [span(', by ', own), span(formatLongUkDate(recommendation.targetDate), field(`${name}: target date`, `${path}.targetDate`))]
              : []),
            span(': ', own),
            span(recommendation.text, field(name, `${path}.text`)),
          ],
          { numbering: { kind: 'bullet', level: 0 } },
        );
      }),
    ];
  });
}

/** The glossary of every acronym the published report uses: its body, the recommendations and agencies, and the chronology appendix when it is printed. */
function glossary(file: CaseFile, options: ReportExportOptions): Block[] {
  const text = [
    ...(file.report?.content.content ?? []).map(sectionText),
    ...file.recommendations.map((recommendation) => recommendation.text),
    ...file.agencies.map((agency) => agency.name),
    ...(options.appendices?.includes('chronology')
      ? file.chronology.entries.flatMap((entry) => [entry.agency, entry.role, entry.source, entry.text, entry.outcome, entry.analysis])
      : []),
  ].join('\n');
  const defined = acronymsDefinedIn(text);
  const used = acronymsUsed(text, { ...safeguardingAcronyms, ...defined });
  if (used.length === 0) return [];
  const heading = fixedOrigin('Glossary');
  return [
    paragraph([span('Appendix: glossary', heading)], { style: 'heading1' }),
    {
      kind: 'table',
      columnWidths: [20, 80],
      header: [cell('Acronym', heading), cell('Meaning', heading)],
      rows: used.map(([acronym, meaning]) => {
        // A meaning the report defines itself comes from the report's text.
        const origin = Object.hasOwn(defined, acronym)
          ? { label: `Glossary: ${acronym} (as the report defines it)`, fields: ['report.content'] }
          : fixedOrigin(`Glossary: ${acronym}`);
        return [cell(acronym, origin), cell(meaning, origin)];
      }),
    },
  ];
}

type AppendixColumn = 'date' | 'agency' | 'role' | 'source' | 'happened' | 'analysis';
const appendixColumns: { key: AppendixColumn; title: string; width: number; always?: boolean }[] = [
  { key: 'date', title: 'Date', width: 11, always: true },
  { key: 'agency', title: 'Agency', width: 13, always: true },
  { key: 'role', title: 'Practitioner', width: 13 },
  { key: 'source', title: 'Source', width: 11 },
  { key: 'happened', title: 'What happened', width: 35, always: true },
  { key: 'analysis', title: 'Analysis', width: 17 },
];

function chronologyAppendix(file: CaseFile): DocumentSection {
  const episodes = new Map(file.chronology.episodes.map((episode, index) => [episode.id, { number: index + 1, index, title: episode.title }]));
  const heading = fixedOrigin('Chronology appendix');
  // In date order whatever order the file holds them in, so the app and the command line print the same rows.
  const ordered = file.chronology.entries
    .map((entry, index) => ({ entry, index, key: chronologySortKey(entry) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cells = ordered.map(({ entry, index }, row) => {
    const name = `Chronology appendix, row ${row + 1}`;
    const path = `chronology.entries[${index}]`;
    const own = fixedOrigin(name);
    const happened: Span[] = [span(entry.text, field(`${name}: what happened`, `${path}.text`))];
    if (entry.outcome) happened.push(span(' — ', own), span(entry.outcome, field(`${name}: outcome`, `${path}.outcome`)));
    const analysis: ParagraphBlock[] = entry.analysis ? [paragraph([span(entry.analysis, field(`${name}: analysis`, `${path}.analysis`))])] : [];
    for (const id of entry.episodeIds) {
      const episode = episodes.get(id);
      if (episode)
        analysis.push(
          paragraph([
            span(`Episode ${episode.number}: `, own),
            span(episode.title, field(`Key practice episode ${episode.number}: title`, `chronology.episodes[${episode.index}].title`)),
          ]),
        );
    }
    return {
      date: cell(`${formatChronologyDate(entry)}${entry.time ? ` ${entry.time}` : ''}`, { label: `${name}: date`, fields: [`${path}.date`, `${path}.time`] }),
      agency: cell(entry.agency, field(`${name}: agency`, `${path}.agency`)),
      role: cell(entry.role, field(`${name}: practitioner`, `${path}.role`)),
      source: cell(entry.source, field(`${name}: source`, `${path}.source`)),
      happened: [paragraph(happened)],
      analysis: analysis.length > 0 ? analysis : [paragraph([])],
    } satisfies Record<AppendixColumn, TableCell>;
  });
  // A column no entry fills is left out; what happened is always the widest.
  const columns = appendixColumns.filter(
    (column) =>
      column.always ||
      ordered.some(({ entry }) =>
        column.key === 'analysis' ? entry.analysis.trim() !== '' || entry.episodeIds.length > 0 : entry[column.key as 'role' | 'source'].trim() !== '',
      ),
  );
  return {
    orientation: 'landscape',
    blocks: [
      paragraph([span('Appendix: integrated chronology', heading)], { style: 'heading1' }),
      {
        kind: 'table',
        columnWidths: columns.map((column) => column.width),
        header: columns.map((column) => cell(column.title, heading)),
        rows: cells.map((row) => columns.map((column) => row[column.key])),
      },
    ],
  };
}

/** The overview report, ready for the check and for Word. */
export function composeReport(file: CaseFile, options: ReportExportOptions): PublishedDocument {
  const fields = titleFields(file);
  const recommendations = (): Block[] => [...recommendationsTable(file), ...(options.recommendationsByAgency ? recommendationsByAgencyBlocks(file) : [])];
  const body = reportBodyBlocks(file.report?.content.content ?? [], (section) => (section.attrs.key === 'recommendations' ? recommendations() : []));
  const sections: DocumentSection[] = [
    {
      orientation: 'portrait',
      blocks: [
        ...coverPage(file, options),
        // The contents on a page of their own, then the body.
        paragraph([span('Contents', fixedOrigin('Contents'))], { style: 'contentsHeading' }),
        { kind: 'contents', title: span('Contents', fixedOrigin('Contents')) },
        { kind: 'page-break' },
        ...body,
        ...(options.appendices?.includes('glossary') ? glossary(file, options) : []),
      ],
    },
  ];
  if (options.appendices?.includes('chronology') && file.chronology.entries.length > 0) sections.push(chronologyAppendix(file));
  const mark = marking(file, options);
  const nameFields = [fields.reviewName.field, ...(fields.versionLabel ? [fields.versionLabel.field] : [])];
  return {
    fileName: span(reportFileName(file, options.kind), { label: 'File name', fields: nameFields }),
    properties: {
      title: span(`${fields.reviewName.text}: ${reviewTypeTitle}`, { label: 'Document properties: title', fields: [fields.reviewName.field] }),
      author: span(documentAuthor, fixedOrigin('Document properties: author')),
    },
    header: mark,
    footer: { marking: null, pageNumbers: true },
    fontSize: 12,
    // The contents are written with their page numbers (laid out as Word does): nothing for Word to ask about on opening.
    updateFieldsOnOpen: false,
    sections,
  };
}
