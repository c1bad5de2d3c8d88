import type { CaseFile } from '../case-file/case-file-format';
import { paragraphNumbers } from '../report/paragraph-numbering';
import { textblockText, type ReportSectionNode } from '../report/report-document';
import type { StatutorySectionKey } from '../report/statutory-sections';
import { safeFileNamePart } from './compose-report';
import { fixedOrigin, paragraph, span, type Block, type Origin, type PublishedDocument, type Span } from './published-document';

// The 7-minute briefing partnerships publish beside a review, as a training tool: two A4 pages in
// the usual seven parts, filled from the report (its introduction, overview, analysis and what it
// says of practice in general) and the recommendations. Every sentence carries the report field it
// came from, so the publication check reads it as it reads the report.

export const briefingParts = [
  'Background',
  'The case in brief',
  'Key learning',
  'Findings',
  'What practitioners should do',
  'Questions for reflection',
  'Further information',
] as const;

/** Words each part taken from the report may use, so the seven parts fit two pages. */
const budgets = { background: 80, case: 120, learning: 100, findings: 110, recommendation: 35 };
const maxFindings = 6;
const maxRecommendations = 6;

/** Whole sentences from the start of a text, up to a number of words (at least the first sentence, cut at a word if it alone is longer). */
export function leadingSentences(text: string, words: number): string {
  const sentences = text.match(/[^.!?]+[.!?]+(?:["”’)]+)?\s*|[^.!?]+$/g) ?? [];
  let taken = '';
  for (const sentence of sentences) {
    const next = `${taken}${sentence}`;
    if (taken !== '' && next.trim().split(/\s+/).length > words) break;
    taken = next;
  }
  const all = taken.trim().split(/\s+/);
  return all.length > words * 1.5 ? `${all.slice(0, words).join(' ')} …` : taken.trim();
}

interface SectionText {
  text: string;
  origin: Origin;
}

/** A statutory section's body paragraphs (or sub-headings), each with the field it is and the paragraph number the report gives it. */
function sectionTexts(file: CaseFile, key: StatutorySectionKey, kind: 'paragraph' | 'heading'): SectionText[] {
  const sections = file.report?.content.content ?? [];
  const index = sections.findIndex((section: ReportSectionNode) => section.attrs.key === key);
  if (index < 0) return [];
  const numbers = paragraphNumbers(sections)[index]!;
  const section = sections[index]!;
  return section.content.flatMap((block, blockIndex) => {
    const text = textblockText(block).trim();
    if (block.type !== kind || text === '') return [];
    const where = numbers[blockIndex] ? `paragraph ${numbers[blockIndex]}` : 'a sub-heading';
    return [
      {
        text,
        origin: { label: `7-minute briefing, from ${section.attrs.title}, ${where}`, fields: [`report.content.content[${index}].content[${blockIndex}]`] },
      },
    ];
  });
}

/** Paragraphs of a section, in order, until the part's words are used; each paragraph its leading sentences. */
function fromSection(file: CaseFile, key: StatutorySectionKey, words: number): Block[] {
  const blocks: Block[] = [];
  let left = words;
  for (const item of sectionTexts(file, key, 'paragraph')) {
    if (left < 25) break;
    const text = leadingSentences(item.text, left);
    blocks.push(paragraph([span(text, item.origin)]));
    left -= text.split(/\s+/).length;
  }
  return blocks;
}

const bullet = (spans: readonly Span[]): Block => paragraph(spans, { numbering: { kind: 'bullet', level: 0 } });

const reflectionQuestions = [
  'What in this review is like the children and families you work with?',
  'Who else lives in or visits the home of the children you work with, and how do you know?',
  'When did you last share a worry with another agency, and what happened next?',
  'What will you do differently after reading this briefing?',
];

export function briefingFileName(file: CaseFile): string {
  return `${safeFileNamePart(file.report?.titlePage.reviewName ?? file.case.reviewName)}-7-minute-briefing.docx`;
}

/** The 7-minute briefing, ready for the check and for Word. */
export function composeBriefing(file: CaseFile): PublishedDocument {
  const page = file.report?.titlePage;
  const from = page ? 'report.titlePage' : 'case';
  const reviewName = span(page?.reviewName ?? file.case.reviewName, { label: '7-minute briefing: review name', fields: [`${from}.reviewName`] });
  const partnership = span(page?.partnership ?? file.case.partnership, { label: '7-minute briefing: partnership', fields: [`${from}.partnership`] });
  const own = (label: string) => fixedOrigin(`7-minute briefing: ${label}`);
  const heading = (index: number): Block => paragraph([span(`${index + 1}. ${briefingParts[index]}`, own(briefingParts[index]!))], { style: 'heading2' });

  const findings = sectionTexts(file, 'analysis', 'heading').slice(0, maxFindings);
  const recommendations = [...file.recommendations]
    .map((recommendation, index) => ({ recommendation, index }))
    .sort((a, b) => a.recommendation.order - b.recommendation.order)
    .slice(0, maxRecommendations);

  const blocks: Block[] = [
    paragraph([span('7-minute briefing: ', own('title')), reviewName], { style: 'title' }),
    paragraph([span('Local Child Safeguarding Practice Review, ', own('subtitle')), partnership], { style: 'subtitle' }),
    heading(0),
    paragraph([
      span('This briefing is about the local child safeguarding practice review into the circumstances of ', own('background')),
      reviewName,
      span(', for the ', own('background')),
      partnership,
      span('. Read it, discuss it with your team, and use it in supervision.', own('background')),
    ]),
    ...fromSection(file, 'introduction', budgets.background),
    heading(1),
    ...fromSection(file, 'overview', budgets.case),
    heading(2),
    ...fromSection(file, 'practice-in-general', budgets.learning),
    heading(3),
    ...(findings.length > 0 ? findings.map((item) => bullet([span(item.text, item.origin)])) : fromSection(file, 'analysis', budgets.findings)),
    { kind: 'page-break' },
    heading(4),
    ...recommendations.map(({ recommendation, index }, position) =>
      bullet([
        span(`Recommendation ${position + 1}: `, own('what practitioners should do')),
        span(leadingSentences(recommendation.text, budgets.recommendation), {
          label: `7-minute briefing, recommendation ${position + 1}`,
          fields: [`recommendations[${index}].text`],
        }),
      ]),
    ),
    ...fromSection(file, 'done-differently', file.recommendations.length > 0 ? 40 : 120),
    heading(5),
    ...reflectionQuestions.map((question) => bullet([span(question, own('questions for reflection'))])),
    heading(6),
    paragraph([
      span('The full report is published by the ', own('further information')),
      partnership,
      span('. See also Working Together to Safeguard Children 2023 and your local safeguarding procedures.', own('further information')),
    ]),
  ];
  return {
    fileName: span(briefingFileName(file), { label: 'File name', fields: [`${from}.reviewName`] }),
    properties: {
      title: span(`${reviewName.runs[0]!.text}: 7-minute briefing`, { label: 'Document properties: title', fields: [`${from}.reviewName`] }),
      author: span('Independent reviewer', fixedOrigin('Document properties: author')),
    },
    header: null,
    footer: { marking: null, pageNumbers: true },
    fontSize: 11,
    updateFieldsOnOpen: false,
    sections: [{ orientation: 'portrait', blocks }],
  };
}
