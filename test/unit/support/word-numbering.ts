import { decodeXml } from '../../../src/core/anonymise/written-file-text';

// Reads a .docx's paragraphs with the numbers Word shows for them, worked out from the file's
// own numbering definitions (word/numbering.xml) as Word does: a counter per list and level,
// lower levels restarting when a higher one moves on. Used to hold the editor's numbers against
// what the exported file really says.

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface WordParagraph {
  text: string;
  style: string | null;
  /** "3.2", "Appendix A.", "•" … or null when not in a list. */
  label: string | null;
  /** The list level (0-based), or null. */
  level: number | null;
}

function formatNumber(value: number, format: string): string {
  if (format === 'upperLetter' || format === 'lowerLetter') {
    let letters = '';
    for (let n = value; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return format === 'upperLetter' ? letters : letters.toLowerCase();
  }
  return String(value);
}

function numberingDefinitions(numberingXml: string): Map<string, Level[]> {
  const abstracts = new Map<string, Level[]>();
  for (const abstract of numberingXml.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const level of abstract[2]!.matchAll(/<w:lvl [^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = level[2]!;
      levels[Number(level[1])] = {
        format: /<w:numFmt w:val="([^"]+)"/.exec(body)?.[1] ?? 'decimal',
        text: decodeXml(/<w:lvlText w:val="([^"]*)"/.exec(body)?.[1] ?? ''),
        start: Number(/<w:start w:val="(\d+)"/.exec(body)?.[1] ?? 1),
      };
    }
    abstracts.set(abstract[1]!, levels);
  }
  const lists = new Map<string, Level[]>();
  for (const num of numberingXml.matchAll(/<w:num [^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(num[2]!)?.[1];
    if (abstractId) lists.set(num[1]!, abstracts.get(abstractId) ?? []);
  }
  return lists;
}

/** Every paragraph of the body, in order, with the label Word gives it. */
export function numberedWordParagraphs(files: Record<string, string>): WordParagraph[] {
  const lists = numberingDefinitions(files['word/numbering.xml'] ?? '');
  const counters = new Map<string, number[]>();
  const paragraphs: WordParagraph[] = [];
  for (const match of (files['word/document.xml'] ?? '').matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const xml = match[0];
    let text = '';
    for (const piece of xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g)) text += piece[1] !== undefined ? decodeXml(piece[1]) : '\n';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null;
    const numId = /<w:numId w:val="(\d+)"/.exec(xml)?.[1];
    const ilvl = Number(/<w:ilvl w:val="(\d+)"/.exec(xml)?.[1] ?? 0);
    const levels = numId ? lists.get(numId) : undefined;
    if (!numId || !levels?.[ilvl]) {
      paragraphs.push({ text, style, label: null, level: null });
      continue;
    }
    const count = counters.get(numId) ?? levels.map((level) => (level?.start ?? 1) - 1);
    count[ilvl] = (count[ilvl] ?? 0) + 1;
    for (let lower = ilvl + 1; lower < count.length; lower += 1) count[lower] = (levels[lower]?.start ?? 1) - 1;
    counters.set(numId, count);
    const label =
      levels[ilvl]!.format === 'bullet'
        ? levels[ilvl]!.text
        : levels[ilvl]!.text.replace(/%(\d)/g, (_, n: string) => formatNumber(count[Number(n) - 1] ?? 0, levels[Number(n) - 1]?.format ?? 'decimal'));
    paragraphs.push({ text, style, label, level: ilvl });
  }
  return paragraphs;
}
