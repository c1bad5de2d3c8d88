import { spanText, type Block, type PublishedDocument, type Span } from './published-document';

// Every piece of text a document will contain, for the publication check: file name, properties,
// header and footer, and every span of every block. Walked from the document the renderers
// write, so nothing printed can be left out of the check.

export interface PublishedText {
  text: string;
  span: Span;
}

function blockSpans(block: Block): Span[] {
  switch (block.kind) {
    case 'paragraph':
      return [...block.spans];
    case 'table':
      return [...block.header, ...block.rows.flat()].flatMap((cell) => cell.flatMap(blockSpans));
    case 'contents':
      return [block.title];
    case 'page-break':
      return [];
    default:
      return unknownBlock(block);
  }
}

function unknownBlock(block: never): never {
  throw new Error(`A block of kind “${(block as { kind: string }).kind}” cannot be checked.`);
}

/** Every span of the document, in the order a reader meets them. */
export function publishedSpans(document: PublishedDocument): Span[] {
  return [
    document.fileName,
    document.properties.title,
    ...(document.properties.author ? [document.properties.author] : []),
    ...(document.header ? [document.header] : []),
    ...(document.footer.marking ? [document.footer.marking] : []),
    ...document.sections.flatMap((section) => section.blocks.flatMap(blockSpans)),
  ];
}

export function publishedTexts(document: PublishedDocument): PublishedText[] {
  return publishedSpans(document).map((span) => ({ text: spanText(span), span }));
}
