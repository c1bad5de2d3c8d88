import type { CaseFile } from '../../../src/core/case-file/case-file-format';
import type { ReportNode } from '../../../src/core/report/report-document';
import { reportNodeCases } from './report-node-cases';
import { anonymisedSample } from './sample-case';

/**
 * The anonymised sample case with something in every part of the case file format: every kind
 * of report content (a reference to a chronology entry and to an episode, a link to a note,
 * lists, quotes, tables …), a saved version, an occurrence left with a reason, a logged
 * decision, a note being typed. Ready for publication as it is.
 */
export function fullCase(): CaseFile {
  const file = anonymisedSample();
  const report = file.report!;
  const entry = file.chronology.entries[0]!;
  const episode = file.chronology.episodes[0]!;
  const references: ReportNode[] = [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The first record is ' },
        { type: 'chronologyReference', attrs: { kind: 'entry', refId: entry.id, label: `${entry.agency}, 2 April 2022` } },
        { type: 'text', text: ', in ' },
        { type: 'chronologyReference', attrs: { kind: 'episode', refId: episode.id, label: `Episode 1: ${episode.title}` } },
        { type: 'text', text: '.' },
      ],
    },
  ];
  const everyKind = Object.values(reportNodeCases).flatMap((blocks) => structuredClone(blocks));
  report.content.content[2]!.content.push(...references, ...everyKind);
  const note = file.events.notes[0]!;
  file.reportVersions = [
    {
      id: 'version-1',
      label: 'Draft 0.1 for the panel',
      createdAt: '2024-05-01T09:00:00.000Z',
      titlePage: structuredClone(report.titlePage),
      content: structuredClone(report.content),
      completedSections: [],
      recommendations: structuredClone(file.recommendations),
    },
  ];
  file.anonymisation.ignored = [{ id: 'ignored-1', text: 'Harding', context: 'The ‖ Memorial Fund', reason: 'A public charity’s name' }];
  file.anonymisation.log = [{ id: 'log-1', at: '2024-05-02T09:00:00.000Z', action: 'replaced', text: 'Lewis', replacement: 'Leo', reason: '', count: 3 }];
  file.events.drafts = [{ eventId: note.eventId, text: 'A note still being typed', startedAt: '2024-05-03T10:00:00' }];
  return file;
}
