import type { ReportNode } from './report-document';
import { nodeRole, reportMarkTypes, reportNodeTypeNames } from './report-node-types';
import { isStatutorySectionKey, statutorySectionKeys } from './statutory-sections';

// What a stored or imported report body may contain. The editor would silently drop anything
// else, so a file with other content is refused instead of being half-read.
const allowedNodeTypes = new Set<string>(reportNodeTypeNames.filter((name) => nodeRole(name) !== 'document' && nodeRole(name) !== 'section'));
const allowedMarks = new Set<string>(reportMarkTypes);

// Keys and titles come from the file and can be any length: quote only their start.
const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function checkBlocks(nodes: readonly ReportNode[], location: string, errors: string[]): void {
  nodes.forEach((node, index) => {
    const here = `${location}[${index}]`;
    if (errors.length >= 10) return;
    if (!allowedNodeTypes.has(node.type)) {
      errors.push(`${here}: "${node.type}" is not something a report can contain`);
      return;
    }
    for (const mark of node.marks ?? []) {
      if (!allowedMarks.has(mark.type)) errors.push(`${here}: the formatting "${mark.type}" is not supported`);
    }
    if (node.content) checkBlocks(node.content, `${here}.content`, errors);
  });
}

/**
 * Problems with a report body, each naming where it is ("report.content[2]"); empty when it is
 * sound: the seven statutory sections present once each, in order, before any appendix.
 */
export function checkReportDocument(doc: ReportNode, location = 'report.content'): string[] {
  const errors: string[] = [];
  if (doc.type !== 'doc') return [`${location}: is not a report body`];
  const sections = doc.content ?? [];
  const statutory: string[] = [];
  let seenAppendix = false;
  sections.forEach((section, index) => {
    const here = `${location}[${index}]`;
    const attrs = section.attrs ?? {};
    if (section.type !== 'reportSection') {
      errors.push(`${here}: expected a report section, found "${section.type}"`);
      return;
    }
    if (typeof attrs.title !== 'string' || typeof attrs.key !== 'string' || attrs.key === '') {
      errors.push(`${here}: a section needs a key and a title`);
      return;
    }
    if (attrs.kind === 'statutory') {
      if (!isStatutorySectionKey(attrs.key)) errors.push(`${here}: "${shown(attrs.key)}" is not a statutory section`);
      if (seenAppendix) errors.push(`${here}: statutory section "${shown(attrs.title)}" comes after an appendix`);
      statutory.push(attrs.key);
    } else if (attrs.kind === 'appendix') {
      seenAppendix = true;
    } else {
      errors.push(`${here}: unknown kind of section`);
    }
    if (!section.content || section.content.length === 0) errors.push(`${here}: a section needs at least one paragraph`);
    else checkBlocks(section.content, `${here}.content`, errors);
  });
  if (statutory.join('|') !== statutorySectionKeys.join('|')) {
    errors.push(
      `${location}: the seven statutory sections must each appear once, in order (found: ${statutory.slice(0, 10).map(shown).join(', ') || 'none'}${statutory.length > 10 ? ' …' : ''})`,
    );
  }
  return errors.slice(0, 10);
}
