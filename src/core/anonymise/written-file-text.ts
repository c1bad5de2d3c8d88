import Papa from 'papaparse';
import { unzipSync } from 'fflate';

// The text of a written file as another program reads it: a Word document's body, headers,
// footers, notes, comments and properties; a CSV file's cells. The check command reads
// documents with it, and the publication pipeline reads back what it is about to write.

/** A part of a written file and its paragraphs of text. */
export interface WrittenPart {
  /** "document body", "header 1", "document properties" … */
  name: string;
  paragraphs: string[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? whole),
  );

/** The paragraphs of a WordprocessingML part: text runs, tabs and line breaks. */
export function wordParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const paragraph of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const piece of paragraph[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:br [^>]*\/>/g)) {
      text += piece[1] !== undefined ? decodeXml(piece[1]) : piece[0] === '<w:tab/>' ? '\t' : '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs;
}

const partName = (path: string): string | null => {
  if (path === 'word/document.xml') return 'document body';
  const piece = /^word\/(header|footer|footnotes|endnotes|comments)(\d*)\.xml$/.exec(path);
  if (piece) return `${piece[1]}${piece[2] ? ` ${piece[2]}` : ''}`;
  if (/^docProps\/(core|app|custom)\.xml$/.test(path)) return 'document properties';
  return null;
};

/** Every text a .docx holds where a reader (or Word's File > Info) would see it. */
export function readDocxParts(bytes: Uint8Array): WrittenPart[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => partName(file.name) !== null });
  } catch {
    throw new Error('The file is not a Word document (.docx): it cannot be unzipped.');
  }
  if (!files['word/document.xml']) throw new Error('The file is not a Word document (.docx): it has no word/document.xml.');
  return Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, data]) => {
      const xml = new TextDecoder().decode(data);
      const name = partName(path)!;
      const paragraphs = name === 'document properties' ? [...xml.matchAll(/>([^<]+)</g)].map((match) => decodeXml(match[1]!)) : wordParagraphs(xml);
      return { name, paragraphs };
    });
}

/** Every cell of a CSV file. */
export function readCsvParts(text: string): WrittenPart[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return [{ name: 'CSV', paragraphs: parsed.data.flat() }];
}
