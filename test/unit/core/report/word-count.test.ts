import { describe, expect, it } from 'vitest';
import { nodeText, type ReportNode } from '../../../../src/core/report/report-document';
import { countWords } from '../../../../src/core/report/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['The review was commissioned.', 4],
    ["The child's multi-agency plan — 3.2 — was agreed", 7],
    ['Kai’s health visitor (HV) saw him on 14/02/2021', 8],
    ['Ça va, naïve café', 4],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('does not count the label of a link back to a note: it is provenance, not report text', () => {
    const paragraph: ReportNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Growth checks were missed. ' },
        { type: 'noteSource', attrs: { noteId: 'note-1', eventId: 'event-1', label: 'Practitioner learning event, 14/03/2022 10:42, Health visitor' } },
      ],
    };
    expect(nodeText(paragraph)).toBe('Growth checks were missed. ');
    expect(countWords(nodeText(paragraph))).toBe(4);
    expect(countWords(nodeText({ type: 'paragraph', content: [paragraph.content![1]!] }))).toBe(0);
  });
});
