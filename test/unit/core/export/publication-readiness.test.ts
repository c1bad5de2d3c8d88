import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { checkPublishedDocument } from '../../../../src/core/export/publication-check';
import { outstandingReadiness, readinessOverrideAction, readinessProblems } from '../../../../src/core/export/publication-readiness';
import { refusalSummary } from '../../../../src/core/export/publication-refusal';
import { composeReport } from '../../../../src/core/export/compose-report';
import { publish } from '../../../../src/core/export/publish';
import { anonymisedSample, sampleCase } from '../../support/sample-case';

const keys = (file: CaseFile) => readinessProblems(file).map((problem) => problem.key);

const override = (file: CaseFile, key: string, reason = 'Agreed with the panel chair') =>
  file.anonymisation.log.push({
    id: `override-${key}`,
    at: '2024-06-02T09:00:00.000Z',
    action: readinessOverrideAction,
    text: key,
    replacement: '',
    reason,
    count: 1,
  });

/** The sections by key, for emptying. */
const sectionOf = (file: CaseFile, key: string) => file.report!.content.content.find((section) => section.attrs.key === key)!;

describe('readinessProblems', () => {
  it('finds nothing in a report ready for publication', () => {
    expect(readinessProblems(anonymisedSample())).toEqual([]);
  });

  it('finds a title page that still says draft, by its version label or its status, and a protective marking', () => {
    const file = sampleCase();
    expect(readinessProblems(file)).toEqual([
      { key: 'title-page-draft', message: 'The title page still says “Draft 0.2”.', place: { kind: 'title-page' } },
      { key: 'title-page-marking', message: 'The title page still carries the protective marking “OFFICIAL-SENSITIVE”.', place: { kind: 'title-page' } },
    ]);
    const ready = anonymisedSample();
    ready.report!.titlePage.versionLabel = 'Version 3 (post-DRAFT review)';
    expect(readinessProblems(ready).map((problem) => problem.message)).toEqual(['The title page still says “Version 3 (post-DRAFT review)”.']);
    ready.report!.titlePage = { ...ready.report!.titlePage, versionLabel: 'Version 3', status: 'draft' };
    expect(readinessProblems(ready)).toEqual([{ key: 'title-page-draft', message: 'The title page’s status is still Draft.', place: { kind: 'title-page' } }]);
    ready.report!.titlePage = { ...ready.report!.titlePage, status: 'final', protectiveMarking: '   ' };
    expect(readinessProblems(ready)).toEqual([]);
  });

  it('finds a statutory section with no visible text: empty paragraphs, a page break or a link back to a note print nothing', () => {
    const file = anonymisedSample();
    sectionOf(file, 'analysis').content = [
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
      { type: 'pageBreak' },
      { type: 'paragraph', content: [{ type: 'noteSource', attrs: { noteId: 'note-1', eventId: 'event-1', label: 'A note' } }] },
    ];
    sectionOf(file, 'done-differently').content = [{ type: 'paragraph' }];
    expect(readinessProblems(file)).toEqual([
      {
        key: 'section-empty:analysis',
        message: 'Section 3, Analysis of systemic or underlying reasons, is empty.',
        place: { kind: 'section', key: 'analysis' },
      },
      {
        key: 'section-empty:done-differently',
        message: 'Section 6, What would need to be done differently, is empty.',
        place: { kind: 'section', key: 'done-differently' },
      },
    ]);
    // Text anywhere in the section fills it: a sub-heading, a list item, a quote, a chronology reference's label.
    sectionOf(file, 'analysis').content.push({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thresholds' }] }] }],
    });
    sectionOf(file, 'done-differently').content = [
      { type: 'paragraph', content: [{ type: 'chronologyReference', attrs: { kind: 'episode', refId: 'episode-1', label: 'Episode 1' } }] },
    ];
    expect(keys(file)).toEqual([]);
  });

  it('counts the recommendations table as the Recommendations section’s content, and an appendix never as a statutory section', () => {
    const file = anonymisedSample();
    sectionOf(file, 'recommendations').content = [{ type: 'paragraph' }];
    sectionOf(file, 'appendix-removed-details').content = [{ type: 'paragraph' }];
    expect(keys(file)).toEqual([]);
    file.recommendations = [];
    expect(readinessProblems(file)).toEqual([
      { key: 'section-empty:recommendations', message: 'Section 7, Recommendations, is empty.', place: { kind: 'section', key: 'recommendations' } },
    ]);
  });

  it('finds a recommendation without wording, an agency the case has, or a target date, numbered as the report numbers it', () => {
    const file = anonymisedSample();
    const [first, second] = file.recommendations;
    // Stored out of order: the report numbers them by their order.
    file.recommendations = [second!, first!];
    second!.targetDate = null;
    first!.text = ' ';
    first!.agencyIds = [];
    first!.targetDate = null;
    expect(readinessProblems(file)).toEqual([
      {
        key: 'recommendation-incomplete:rec-1',
        message: 'Recommendation 1 has no wording, no agency and no target date.',
        place: { kind: 'recommendation', id: 'rec-1' },
      },
      { key: 'recommendation-incomplete:rec-2', message: 'Recommendation 2 has no target date.', place: { kind: 'recommendation', id: 'rec-2' } },
    ]);
    first!.text = 'Wording';
    first!.targetDate = '2025-01-31';
    first!.agencyIds = ['agency-gone'];
    expect(readinessProblems(file).map((problem) => problem.message)).toEqual(['Recommendation 1 has no agency.', 'Recommendation 2 has no target date.']);
  });

  it('finds a report that names no reviewer, on its title page or, before the report was opened, in the case', () => {
    const file = anonymisedSample();
    file.report!.titlePage.reviewers = ['', '  '];
    expect(readinessProblems(file)).toEqual([
      { key: 'reviewer-missing', message: 'The report names no reviewer: a published report names its reviewer.', place: { kind: 'title-page' } },
    ]);
    const unopened = { ...anonymisedSample(), report: null };
    expect(keys(unopened)).toEqual([
      'section-empty:introduction',
      'section-empty:overview',
      'section-empty:analysis',
      'section-empty:agencies-together',
      'section-empty:practice-in-general',
      'section-empty:done-differently',
    ]);
    unopened.case = { ...unopened.case, reviewers: [] };
    expect(keys(unopened)[0]).toBe('reviewer-missing');
  });

  it('lets through what the reviewer overrode, by its key, and nothing else', () => {
    const file = sampleCase();
    override(file, 'title-page-marking');
    // A decision of another kind about the same text is not an override.
    file.anonymisation.log.push({
      id: 'other',
      at: '2024-06-02T09:00:00.000Z',
      action: 'ignored',
      text: 'title-page-draft',
      replacement: '',
      reason: '',
      count: 1,
    });
    expect(outstandingReadiness(file).map((problem) => problem.key)).toEqual(['title-page-draft']);
    expect(keys(file)).toEqual(['title-page-draft', 'title-page-marking']);
  });
});

describe('a publication refused for readiness', () => {
  it('lists what is to finish first, with the findings, in one sentence', async () => {
    const result = await publish(sampleCase(), { output: 'report', options: { kind: 'publication' } });
    if (result.ok) throw new Error('The draft sample was published.');
    expect(result.readiness.map((problem) => problem.key)).toEqual(['title-page-draft', 'title-page-marking']);
    expect(result.findings.length).toBeGreaterThan(20);
    expect(result.message).toBe(`Not exported for publication: 2 things to finish and ${result.findings.length} unresolved findings.`);
  });

  it('refuses an anonymised report that is not ready, and publishes it once each item is finished or overridden', async () => {
    const file = anonymisedSample();
    file.report!.titlePage.versionLabel = 'Draft 0.1';
    sectionOf(file, 'overview').content = [{ type: 'paragraph' }];
    const request = { output: 'report', options: { kind: 'publication' } } as const;
    const refused = await publish(file, request);
    expect(refused).toMatchObject({ ok: false, message: 'Not exported for publication: 2 things to finish.', findings: [], readBack: false });
    override(file, 'title-page-draft', 'The partnership’s own version label');
    override(file, 'section-empty:overview');
    const published = await publish(file, request);
    expect(published).toMatchObject({ ok: true, restricted: false, fileName: 'Leo-LCSPR-Draft-0.1.docx' });
  });

  it('never holds back a restricted draft or the action plan', async () => {
    const file = sampleCase();
    file.recommendations[0]!.targetDate = null;
    expect(await publish(file, { output: 'report', options: { kind: 'draft' } })).toMatchObject({ ok: true, restricted: true });
    const plan = await publish(anonymisedSample(), { output: 'action-plan', format: 'csv' });
    expect(plan.ok).toBe(true);
  });

  it('words a refusal of findings alone as before', () => {
    expect(refusalSummary([], false)).toBe('Not exported for publication: 0 unresolved findings.');
    const file = sampleCase();
    const findings = checkPublishedDocument(composeReport(file, { kind: 'publication' }), file.anonymisation).unresolved;
    expect(refusalSummary(findings.slice(0, 1), false)).toBe('Not exported for publication: 1 unresolved finding.');
    expect(refusalSummary(findings.slice(0, 1), false, readinessProblems(file).slice(0, 1))).toBe(
      'Not exported for publication: 1 thing to finish and 1 unresolved finding.',
    );
  });
});

describe('where a finding is', () => {
  it('gives a body finding its section and the paragraph it is in or follows; a finding outside the body has neither', () => {
    const file = sampleCase();
    const findings = checkPublishedDocument(composeReport(file, { kind: 'publication', appendices: ['chronology'] }), file.anonymisation).unresolved;
    expect(findings.find((finding) => finding.where === '1. Introduction, paragraph 1.1')).toMatchObject({ sectionKey: 'introduction', paragraph: '1.1' });
    const outside = findings.filter((finding) => finding.where.startsWith('Chronology appendix'));
    expect(outside.length).toBeGreaterThan(0);
    for (const finding of outside) expect(finding).not.toHaveProperty('sectionKey');

    const analysis = sectionOf(file, 'analysis');
    analysis.content.splice(1, 0, {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lewis' }] }] }],
    });
    analysis.content.unshift({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Lewis at school' }] });
    const body = checkPublishedDocument(composeReport(file, { kind: 'publication' }), file.anonymisation).unresolved;
    expect(body.find((finding) => finding.where === '3. Analysis of systemic or underlying reasons, list after paragraph 3.1')).toMatchObject({
      sectionKey: 'analysis',
      paragraph: '3.1',
    });
    const before = body.find((finding) => finding.where.startsWith('3. Analysis of systemic or underlying reasons, sub-heading before'));
    expect(before).toMatchObject({ sectionKey: 'analysis' });
    expect(before).not.toHaveProperty('paragraph');
  });
});
