import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

// Attributes worth keeping from pasted HTML: table structure. Everything else (Word's styles,
// classes, fonts, colours, languages) is dropped before ProseMirror parses it.
const keptAttributes = new Set(['colspan', 'rowspan', 'start', 'data-page-break']);
const droppedElements = 'style, meta, link, script, title, xml, o\\:p, v\\:shapetype, v\\:shape, w\\:sdt, img';
// Word's comments: the reference marks in the text and the list of comments at the end.
const commentSelectors = [
  '.MsoCommentReference',
  '.msocomanchor',
  'span[style*="mso-comment"]',
  'a[style*="mso-comment-reference"]',
  'div[style*="mso-element:comment-list"]',
  'div[style*="mso-element: comment-list"]',
  '.msocomtxt',
  'div[style*="mso-element:comment"]',
].join(', ');
// A link back to an event's note (note-source-node): pasted HTML never makes one, as with
// chronology references, and its marker must not become report text, since its label is internal.
const noteSourceSelector = 'span[data-note-source]';

function renameElement(element: Element, tagName: string): void {
  const renamed = element.ownerDocument.createElement(tagName);
  while (element.firstChild) renamed.append(element.firstChild);
  element.replaceWith(renamed);
}

/** Cleans HTML from the clipboard (Word, web pages): structure and emphasis stay, styling goes. */
export function sanitisePastedHtml(html: string): string {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[if [^\]]*\]>[\s\S]*?<!\[endif\]>/gi, '');
  const doc = new DOMParser().parseFromString(withoutComments, 'text/html');
  const body = doc.body;
  body.querySelectorAll(droppedElements).forEach((element) => element.remove());
  body.querySelectorAll(commentSelectors).forEach((element) => element.remove());
  body.querySelectorAll(noteSourceSelector).forEach((element) => element.remove());
  // The section title in a report is the level-2 heading: pasted headings become sub-headings.
  body.querySelectorAll('h3, h5, h6').forEach((element) => renameElement(element, 'h4'));
  body.querySelectorAll('h1, h2').forEach((element) => renameElement(element, 'h3'));
  body.querySelectorAll('font').forEach((element) => element.replaceWith(...element.childNodes));
  body.querySelectorAll('*').forEach((element) => {
    for (const attribute of [...element.attributes]) {
      if (!keptAttributes.has(attribute.name)) element.removeAttribute(attribute.name);
    }
  });
  return body.innerHTML;
}

/** Runs after the Office paste extension (which needs Word's list styles to rebuild lists). */
export const SanitisePastedHtml = Extension.create({
  name: 'sanitisePastedHtml',
  priority: 50,

  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('sanitisePastedHtml'), props: { transformPastedHTML: sanitisePastedHtml } })];
  },
});
