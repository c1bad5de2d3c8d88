import { describe, expect, it } from 'vitest';
import { briefingParts, leadingSentences } from '../../../../src/core/export/compose-briefing';
import { publish } from '../../../../src/core/export/publish';
import { anonymisedSample, unzipText } from '../../support/sample-case';

// The 7-minute briefing (issue 18): the seven parts, filled from the report and its
// recommendations, through the same publication check and readiness as the report.

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((match) => match[0]);
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

describe('the 7-minute briefing', () => {
  it('has the seven parts in order, filled from the report and the recommendations', async () => {
    const result = await publish(anonymisedSample(), { output: 'briefing' });
    if (!result.ok) throw new Error(result.message);
    expect(result.fileName).toBe('Leo-7-minute-briefing.docx');
    const document = unzipText(result.contents)['word/document.xml']!;
    const headings = paragraphs(document)
      .filter((paragraph) => paragraph.includes('w:val="Heading2"'))
      .map(textOf);
    expect(headings).toEqual(briefingParts.map((part, index) => `${index + 1}. ${part}`));
    const text = paragraphs(document).map(textOf).join('\n');
    expect(text).toContain('7-minute briefing: Leo');
    expect(text).toContain('This review is about Leo, who was four years old when he was admitted to hospital');
    expect(text).toContain('Recommendation 1: The partnership should agree a multi-agency pathway for faltering growth.');
    // Parts 5 to 7 begin the second page.
    const all = paragraphs(document);
    const pageBreak = all.findIndex((paragraph) => paragraph.includes('<w:br w:type="page"/>'));
    expect(textOf(all[pageBreak + 1]!)).toBe('5. What practitioners should do');
  });

  it('is refused while the report is not ready to publish, and while a name the check finds is in it', async () => {
    const file = anonymisedSample();
    file.report!.titlePage.status = 'draft';
    const notReady = await publish(file, { output: 'briefing' });
    expect(notReady.ok).toBe(false);
    if (!notReady.ok) expect(notReady.readiness.map((problem) => problem.key)).toContain('title-page-draft');

    const named = anonymisedSample();
    const overview = named.report!.content.content.findIndex((section) => section.attrs.key === 'overview');
    named.report!.content.content[overview]!.content[0] = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Leo was born to Chantelle Harding in 2018.' }],
    };
    const refused = await publish(named, { output: 'briefing' });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.findings.map((finding) => `${finding.where}: ${finding.text}`)).toContain(
        '7-minute briefing, from Overview of what happened, paragraph 2.1: Chantelle Harding',
      );
  });

  it('takes whole sentences up to a part’s words, and cuts only a sentence that is too long alone', () => {
    expect(leadingSentences('One two three. Four five six. Seven eight nine.', 6)).toBe('One two three. Four five six.');
    expect(leadingSentences('One two three. Four five six.', 2)).toBe('One two three.');
    expect(leadingSentences(`${'word '.repeat(30)}end.`, 10)).toBe(`${'word '.repeat(10).trim()} …`);
  });
});
