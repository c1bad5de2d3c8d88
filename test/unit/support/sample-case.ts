import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { AnonymisationChecker } from '../../../src/core/anonymise/anonymisation-checker';
import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import type { ReportNode } from '../../../src/core/report/report-document';

/**
 * The fictional sample case (test/fixtures/case-l.cspr.json), read afresh. Parsed, not read
 * through the case file reader, so the end-to-end tests can use it too (their loader cannot
 * import the reader's JSON schema); the reader's own tests check the fixture.
 */
export function sampleCase(): CaseFile {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/case-l.cspr.json'), 'utf8')) as CaseFile;
}

/**
 * The sample case with every finding it would publish replaced, and its title page made final (no
 * draft label, no protective marking), as a reviewer would leave it for publication.
 */
export function anonymisedSample(): CaseFile {
  const file = sampleCase();
  const checker = new AnonymisationChecker({ identifiers: file.anonymisation.identifiers, allow: file.anonymisation.allowed.map((item) => item.phrase) });
  const clean = (text: string) => {
    let result = text;
    for (const finding of [...checker.check(text)].reverse()) {
      if (finding.severity === 'low') continue;
      result = result.slice(0, finding.start) + (finding.replacement || '[removed]') + result.slice(finding.end);
    }
    return result;
  };
  const walk = (node: ReportNode): void => {
    if (node.type === 'text' && node.text) node.text = clean(node.text);
    if (node.type === 'chronologyReference' && node.attrs) node.attrs = { ...node.attrs, label: clean(String(node.attrs.label)) };
    node.content?.forEach(walk);
  };
  file.report!.content.content.forEach(walk);
  file.report!.titlePage = { ...file.report!.titlePage, reviewers: ['Independent Reviewer A'], versionLabel: 'Final', status: 'final', protectiveMarking: '' };
  file.recommendations.forEach((recommendation) => (recommendation.text = clean(recommendation.text)));
  file.agencies.forEach((agency) => (agency.name = clean(agency.name)));
  for (const entry of file.chronology.entries)
    for (const field of ['agency', 'source', 'text', 'outcome', 'analysis'] as const) entry[field] = clean(entry[field]);
  file.chronology.episodes.forEach((episode) => (episode.title = clean(episode.title)));
  return file;
}

/** Every part of a .docx (or other zip) as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of every element of every part of the package: what any program could show. */
export function everyText(files: Record<string, string>): string {
  return Object.values(files)
    .map((xml) => [...xml.matchAll(/>([^<]+)</g)].map((match) => match[1]).join(' '))
    .join('\n');
}
