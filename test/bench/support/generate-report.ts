import type { ReportDocument, ReportNode } from '../../../src/core/report/report-document';
import { statutorySections } from '../../../src/core/report/statutory-sections';

// A long, realistic-looking report for benchmarks: fictional, generic practice language.
const sentences = [
  'The health visitor completed the review and recorded concerns about the child’s weight.',
  'Practitioners did not share the growth chart with the school nursing service.',
  'The referral was screened by the Multi-Agency Safeguarding Hub and closed with advice.',
  'Mother told practitioners that the family was managing and did not need further support.',
  'The school raised concerns about attendance, clothing and tiredness during the autumn term.',
  'No strategy discussion took place, and the child in need plan did not include health.',
  'Supervision records show that the social worker carried a high caseload at the time.',
  'The review found that thresholds were applied inconsistently across the partnership.',
];

/** About `words` words, spread over the seven sections with sub-headings, lists and quotes. */
export function generateReport(words: number): ReportDocument {
  const perSection = Math.ceil(words / statutorySections.length);
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return {
    type: 'doc',
    content: statutorySections.map((section) => {
      const content: ReportNode[] = [];
      let count = 0;
      while (count < perSection) {
        if (content.length % 12 === 0)
          content.push({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: `Key practice episode ${content.length / 12 + 1}` }] });
        const text = Array.from({ length: 1 + (next() % 3) }, () => sentences[next() % sentences.length]!).join(' ');
        count += text.split(/\s+/).length;
        if (content.length % 9 === 4) {
          content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
        } else {
          content.push({
            type: 'paragraph',
            content: [
              { type: 'text', text: text.slice(0, 30) },
              { type: 'text', marks: [{ type: 'bold' }], text: text.slice(30, 50) },
              { type: 'text', text: text.slice(50) },
            ],
          });
        }
      }
      return { type: 'reportSection', attrs: { kind: 'statutory', key: section.key, title: section.title }, content };
    }),
  };
}
