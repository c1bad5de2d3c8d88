import { describe, expect, it, vi } from 'vitest';
import { readDocxParts } from '../../../../src/core/anonymise/written-file-text';
import { caseChecker } from '../../../../src/core/export/publication-check';
import { fixedOrigin, paragraph, span, type PublishedDocument } from '../../../../src/core/export/published-document';
import { readBackFindings } from '../../../../src/core/export/read-back';
import { publish } from '../../../../src/core/export/publish';
import * as renderer from '../../../../src/core/export/render-docx';
import { anonymisedSample } from '../../support/sample-case';

// The backstop: what is about to be written is read back, and a registered value that reached it
// without passing the check stops the export. It is proven here by making the renderer leak.

const own = fixedOrigin('test');

function documentWith(parts: { body?: string; header?: string; footer?: string; title?: string }): PublishedDocument {
  return {
    fileName: span('test.docx', own),
    properties: { title: span(parts.title ?? 'A review', own), author: span('Independent reviewer', own) },
    header: parts.header ? span(parts.header, own) : null,
    footer: { marking: parts.footer ? span(parts.footer, own) : null, pageNumbers: true },
    fontSize: 12,
    updateFieldsOnOpen: false,
    sections: [{ orientation: 'portrait', blocks: [paragraph([span(parts.body ?? 'Nothing to see.', own)])] }],
  };
}

describe('reading back what is about to be written', () => {
  const file = anonymisedSample();
  const checker = caseChecker(file.anonymisation);

  it('finds a registered value in the body, a header, a footer or the document’s properties, and says which', async () => {
    const cases = [
      { parts: { body: 'Seen with Kerry Barker.' }, where: 'document body' },
      { parts: { header: 'About Lewis Harding' }, where: 'header' },
      { parts: { footer: 'Jordan Pike' }, where: 'footer' },
      { parts: { title: 'Lewis Harding: LCSPR' }, where: 'document properties' },
    ];
    for (const { parts, where } of cases) {
      const found = readBackFindings(readDocxParts(await renderer.renderDocx(documentWith(parts))), checker, []);
      expect(found.length, where).toBeGreaterThan(0);
      expect(found[0]!.where).toContain(`The written file, ${where}`);
    }
    expect(readBackFindings(readDocxParts(await renderer.renderDocx(documentWith({}))), checker, [])).toEqual([]);
  });

  it('lets through a value the reviewer left where the check met it', async () => {
    const bytes = await renderer.renderDocx(documentWith({ body: 'The Harding Memorial Fund paid.' }));
    expect(readBackFindings(readDocxParts(bytes), checker, [])).not.toEqual([]);
    expect(readBackFindings(readDocxParts(bytes), checker, [{ text: 'Harding' }])).toEqual([]);
  });

  it('stops a publication whose written file holds a name the check never saw, and writes nothing', async () => {
    expect((await publish(file, { output: 'report', options: { kind: 'publication' } })).ok).toBe(true);
    // A fault in the renderer: the document's title property gets a name that was never in the composed document.
    const real = renderer.renderDocx;
    const leak = vi
      .spyOn(renderer, 'renderDocx')
      .mockImplementation((document) => real({ ...document, properties: { ...document.properties, title: span('Lewis Harding', own) } }));
    const result = await publish(file, { output: 'report', options: { kind: 'publication' } });
    leak.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.readBack).toBe(true);
      expect(result.findings.map((finding) => `${finding.where}: ${finding.text}`)).toContainEqual(
        'The written file, document properties (it did not pass the check): Lewis Harding',
      );
    }
  });
});
