import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { AnonymisationChecker } from '../../../../src/core/anonymise/anonymisation-checker';
import { findingContext, ignoredKey } from '../../../../src/core/anonymise/anonymisation-records';
import { composeReport } from '../../../../src/core/export/compose-report';
import { checkPublishedDocument } from '../../../../src/core/export/publication-check';
import type { ReportNode } from '../../../../src/core/report/report-document';
import {
  anonymisationHighlightPlugin,
  editorFindings,
  scanSlice,
  setAnonymisationChecker,
} from '../../../../src/renderer/report/editor/anonymisation-highlight';
import { replaceFinding, replaceFindings, undoReportEdits } from '../../../../src/renderer/report/editor/replace-finding';
import { reportExtensions } from '../../../../src/renderer/report/editor/report-extensions';
import { anonymisedSample } from '../../support/sample-case';

// The report's own check, in the editor, reads each paragraph as it will be printed: a name in
// a chronology reference's label is found there, marked on the reference, and replaced in the
// label; and what the reviewer leaves in the editor is left at publication too.

const schema = getSchema(reportExtensions());
const file = anonymisedSample();
const checker = new AnonymisationChecker({ identifiers: file.anonymisation.identifiers, allow: file.anonymisation.allowed.map((item) => item.phrase) });
const reference: ReportNode = { type: 'chronologyReference', attrs: { kind: 'episode', refId: 'episode-1', label: 'Episode 1: Lewis starts school' } };

/** The findings that matter for publication (the sample's dates are low: a detail to consider). */
const serious = (state: EditorState) => editorFindings(state).filter((finding) => finding.severity !== 'low');

function scanned(content: ReportNode[], ignored: ReadonlySet<string> = new Set()): EditorState {
  const doc = structuredClone(file.report!.content);
  doc.content[1]!.content = content;
  let state = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, doc), plugins: [anonymisationHighlightPlugin()] });
  state = state.apply(setAnonymisationChecker(state.tr, checker, ignored));
  return state.apply(scanSlice(state.tr, 0, state.doc.content.size));
}

describe('the editor’s anonymisation check', () => {
  it('finds a name inside a chronology reference’s label and marks the whole reference', () => {
    const state = scanned([{ type: 'paragraph', content: [{ type: 'text', text: 'As recorded ' }, reference, { type: 'text', text: ', Lewis was tired.' }] }]);
    const findings = serious(state);
    expect(findings.map((finding) => finding.text)).toEqual(['Lewis', 'Lewis']);
    const inLabel = findings[0]!;
    expect(state.doc.nodeAt(inLabel.from)?.type.name).toBe('chronologyReference');
    expect(inLabel.to - inLabel.from).toBe(1);
    expect(state.doc.textBetween(findings[1]!.from, findings[1]!.to)).toBe('Lewis');
  });

  it('replaces a name in a label within the label, keeping the reference to its episode', () => {
    const state = scanned([{ type: 'paragraph', content: [{ type: 'text', text: 'As recorded ' }, reference] }]);
    const [finding] = serious(state);
    const tr = state.tr;
    replaceFinding(tr, finding!, 'Leo');
    const node = tr.doc.nodeAt(finding!.from)!;
    expect(node.type.name).toBe('chronologyReference');
    expect(node.attrs).toMatchObject({ kind: 'episode', refId: 'episode-1', label: 'Episode 1: Leo starts school' });
  });

  it('reads the same text and context as the publication check, so an occurrence left in the editor is left at publication', () => {
    const content: ReportNode[] = [
      { type: 'paragraph', content: [{ type: 'text', text: 'See ' }, reference, { type: 'text', text: ' for the Harding Memorial Fund.' }] },
    ];
    const [, harding] = serious(scanned(content));
    expect(harding!.text).toBe('Harding');
    const left = { ...file, report: { ...file.report!, content: structuredClone(file.report!.content) } };
    left.report.content.content[1]!.content = content;
    const gate = () => checkPublishedDocument(composeReport(left, { kind: 'publication' }), left.anonymisation).unresolved.map((finding) => finding.text);
    expect(gate()).toEqual(['Lewis', 'Harding']);
    // Left in the editor, with the context the editor computed: the gate leaves it too.
    left.anonymisation.ignored = [{ id: 'i', text: harding!.text, context: harding!.context, reason: 'A charity’s name' }];
    expect(gate()).toEqual(['Lewis']);
    expect(serious(scanned(content, new Set([ignoredKey(harding!.text, harding!.context)]))).map((finding) => finding.text)).toEqual(['Lewis']);
    const printed = 'See [Episode 1: Lewis starts school] for the Harding Memorial Fund.';
    expect(harding!.context).toBe(findingContext(printed, printed.indexOf('Harding'), printed.indexOf('Harding') + 'Harding'.length));
  });

  it('replaces several at once and puts exactly those back, in a later editor too', () => {
    const content: ReportNode[] = [
      { type: 'paragraph', content: [{ type: 'text', text: 'Lewis was seen. ' }, reference, { type: 'text', text: ' Later Lewis was tired.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Lewis again.' }] },
    ];
    const state = scanned(content);
    const before = state.doc;
    const lewis = serious(state).filter((finding) => finding.text === 'Lewis');
    expect(lewis).toHaveLength(4);
    const tr = state.tr;
    const edits = replaceFindings(tr, [lewis[0]!, lewis[1]!, lewis[3]!], 'Leo');
    const after = state.apply(tr);
    const overview = after.doc.child(1);
    expect(overview.child(0).textContent).toBe('Leo was seen.  Later Lewis was tired.');
    expect(overview.child(0).child(1).attrs.label).toBe('Episode 1: Leo starts school');
    expect(overview.child(1).textContent).toBe('Leo again.');
    // A new editor on the saved document: the edits are put back where they still are.
    const reopened = EditorState.create({ doc: ProseMirrorNode.fromJSON(schema, after.doc.toJSON()) });
    const undo = reopened.tr;
    expect(undoReportEdits(undo, edits)).toBe(3);
    expect(reopened.apply(undo).doc.eq(before)).toBe(true);
  });
});
