import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The real sample files the property tests start from and mutate.

const fixturesFolder = resolve(import.meta.dirname, '../../../fixtures');

export const fixtureText = (path: string): string => readFileSync(resolve(fixturesFolder, path), 'utf8');
export const fixtureBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(resolve(fixturesFolder, path)));

/** The complete sample case file (format version 6). */
export const sampleCaseText = fixtureText('case-l.cspr.json');
export const sampleCase = (): Record<string, unknown> => JSON.parse(sampleCaseText) as Record<string, unknown>;

/**
 * The sample with the parts it leaves empty filled in: a saved report version and a note being
 * typed, so mutations reach those parts too.
 */
export function richerSampleCase(): Record<string, unknown> {
  const file = JSON.parse(sampleCaseText) as {
    report: { titlePage: unknown; content: unknown; completedSections: unknown };
    reportVersions: unknown[];
    recommendations: unknown[];
    events: { events: { id: string }[]; drafts: unknown[] };
  };
  file.reportVersions.push({
    id: 'version-1',
    label: 'v0.1 to panel',
    createdAt: '2024-05-01T09:00:00.000Z',
    titlePage: file.report.titlePage,
    content: file.report.content,
    completedSections: file.report.completedSections,
    recommendations: file.recommendations,
  });
  file.events.drafts.push({ eventId: file.events.events[0]!.id, text: 'The health visitor said @HV', startedAt: '2024-03-14T10:05:12' });
  return file as unknown as Record<string, unknown>;
}

/** The sample register of identifiers (CSV). */
export const sampleRegisterText = fixtureText('anonymise/case-l/register.csv');
