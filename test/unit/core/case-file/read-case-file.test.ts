import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { buildCaseFile, caseFileName, serialiseCaseFile } from '../../../../src/core/case-file/write-case-file';
import type { CaseRecord } from '../../../../src/core/cases/case-record';

const sampleText = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8');
// Loosely typed on purpose: the tests break the file in ways its types forbid.
const sample = () => JSON.parse(sampleText);
const errorsOf = (text: string) => {
  const result = readCaseFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};

describe('readCaseFile', () => {
  it('reads the sample case file', () => {
    const result = readCaseFile(sampleText);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.file.case.reviewName).toBe('Leo');
      expect(result.file.case.dates.reviewCommissioned).toBe('2023-03-01');
      expect(result.file.report?.content.content).toHaveLength(8);
      expect(result.file.recommendations.map((rec) => rec.targetDate)).toEqual(['2024-09-30', '2024-12-31']);
      expect(result.migratedFrom).toBeNull();
    }
  });

  it('says in one sentence why a file is refused, and lists every problem', () => {
    const one = readCaseFile('{"format": "cspr-desk/case", "version": 1, "case": {');
    expect(one).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    const file = JSON.parse(sampleText) as { case: { status: string; reviewName: string } };
    file.case.status = 'closed';
    file.case.reviewName = '';
    const several = readCaseFile(JSON.stringify(file));
    if (several.ok) throw new Error('A file with two problems was read.');
    expect(several.errors.length).toBeGreaterThanOrEqual(1);
    expect(several.message).toBe(
      several.errors.length === 1 ? several.errors[0] : `The case file has ${several.errors.length} problems; the first: ${several.errors[0]}`,
    );
  });

  it('round-trips what the app writes, byte order mark and all', () => {
    const record: CaseRecord = {
      id: 'abc',
      reviewName: 'Child K',
      partnership: 'Somewhere Partnership',
      reviewers: ['A Reviewer', 'B Reviewer'],
      status: 'draft-with-panel',
      dates: { incidentNotified: '2024-04-22', reviewCommissioned: null, publication: '2025-01-31' },
      archived: true,
      createdAt: '2024-04-22T09:00:00.000Z',
      updatedAt: '2024-05-01T09:00:00.000Z',
    };
    const contents = {
      case: record,
      report: null,
      reportVersions: [],
      recommendations: [],
      agencies: [],
      chronology: { entries: [], problems: [], imports: [], episodes: [] },
      anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] },
      events: { events: [], notes: [], themes: [], drafts: [] },
    };
    const text = serialiseCaseFile(buildCaseFile(contents, '0.1.0', new Date('2024-06-01T12:00:00Z')));
    const result = readCaseFile(`\uFEFF${text}`);
    expect(result).toMatchObject({ ok: true, file: { case: record, exportedAt: '2024-06-01T12:00:00.000Z' } });
  });

  it('upgrades a version 1 file: no report yet, no recommendations or agencies', () => {
    const v1 = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-file-v1.cspr.json'), 'utf8');
    const result = readCaseFile(v1);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 1,
      file: {
        version: 6,
        report: null,
        reportVersions: [],
        recommendations: [],
        agencies: [],
        chronology: { entries: [], problems: [], imports: [], episodes: [] },
        anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] },
        events: { events: [], notes: [], themes: [], drafts: [] },
      },
    });
  });

  it('upgrades a version 2 file: its report and recommendations kept, an empty chronology added', () => {
    const v2 = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-file-v2.cspr.json'), 'utf8');
    const result = readCaseFile(v2);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 2,
      file: {
        version: 6,
        chronology: { entries: [], problems: [], imports: [], episodes: [] },
        anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] },
        events: { events: [], notes: [], themes: [], drafts: [] },
      },
    });
    if (result.ok) {
      expect(result.file.recommendations).toHaveLength(2);
      expect(result.file.report?.content.content.length).toBeGreaterThanOrEqual(7);
    }
  });

  it('upgrades a version 3 file: its chronology kept, an empty register added; and reads the sample register', () => {
    const v3 = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-file-v3.cspr.json'), 'utf8'));
    expect(v3).toMatchObject({
      ok: true,
      migratedFrom: 3,
      file: { version: 6, anonymisation: { identifiers: [], allowed: [], ignored: [], log: [] }, events: { events: [], notes: [], themes: [], drafts: [] } },
    });
    if (v3.ok) expect(v3.file.chronology.entries).toHaveLength(15);
    const current = readCaseFile(JSON.stringify(sample()));
    if (!current.ok) throw new Error(current.errors.join('; '));
    const { identifiers } = current.file.anonymisation;
    expect(identifiers).toHaveLength(20);
    expect(identifiers.find((identifier) => identifier.value === 'Lewy')?.personId).toBe(identifiers[0]!.id);
  });

  it('upgrades a version 4 file: its register kept, no events yet; and reads the sample event with its notes in order', () => {
    const v4 = readCaseFile(readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-file-v4.cspr.json'), 'utf8'));
    expect(v4).toMatchObject({ ok: true, migratedFrom: 4, file: { version: 6, events: { events: [], notes: [], themes: [], drafts: [] } } });
    if (v4.ok) expect(v4.file.anonymisation.identifiers).toHaveLength(20);
    const current = readCaseFile(JSON.stringify(sample()));
    if (!current.ok) throw new Error(current.errors.join('; '));
    const { events, notes, themes } = current.file.events;
    expect(events).toHaveLength(1);
    expect(events[0]!.attendees.map((attendee) => attendee.shortcut)).toEqual(['HV', 'SW', 'DSL']);
    expect(notes.map((note) => note.order)).toEqual([0, 1, 2, 3]);
    expect(notes[1]).toMatchObject({ attendeeId: 'attendee-dsl', tags: ['voiceofchild'] });
    expect(themes).toEqual([{ id: 'theme-1', name: 'Information sharing' }]);
  });

  it('upgrades a version 5 file unchanged but for its version; and accepts an overridden readiness item in the audit log', () => {
    const v5Text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-file-v5.cspr.json'), 'utf8');
    const v5 = readCaseFile(v5Text);
    expect(v5).toMatchObject({ ok: true, migratedFrom: 5 });
    if (v5.ok) expect(v5.file).toEqual({ ...JSON.parse(v5Text), version: 6 });
    const file = sample();
    file.anonymisation.log.push({
      id: 'log-override',
      at: '2024-06-02T09:00:00.000Z',
      action: 'readiness-overridden',
      text: 'title-page-marking',
      replacement: '',
      reason: 'The partnership publishes with its own marking',
      count: 1,
    });
    expect(readCaseFile(JSON.stringify(file))).toMatchObject({ ok: true, migratedFrom: null });
    file.anonymisation.log[0].action = 'readiness-ignored';
    expect(readCaseFile(JSON.stringify(file))).toMatchObject({ ok: false, message: expect.stringMatching(/anonymisation\.log\[0\]\.action/) });
  });

  it('refuses notes that name an event, attendee or theme the file does not have, and shortcuts used twice', () => {
    const file = sample();
    file.events.notes[0].eventId = 'event-ghost';
    file.events.notes[1].attendeeId = 'attendee-ghost';
    file.events.notes[2].themeId = 'theme-ghost';
    file.events.events[0].attendees[1].shortcut = 'hv';
    file.events.notes[3].tags = ['has space'];
    const errors = errorsOf(JSON.stringify(file)).join('\n');
    expect(errors).toContain('events.notes[3].tags[0]');
    file.events.notes[3].tags = ['learning'];
    const semantic = errorsOf(JSON.stringify(file)).join('\n');
    expect(semantic).toContain('events.notes[0].eventId: names an event that is not in the file');
    expect(semantic).toContain("events.notes[1].attendeeId: names an attendee who is not at the note's event");
    expect(semantic).toContain('events.notes[2].themeId: names a theme that is not in the file');
    expect(semantic).toContain('events.events[0].attendees: two attendees share a shortcut');
  });

  it('reads the sample chronology: entries with their precision, the problem row and the episode', () => {
    const result = readCaseFile(JSON.stringify(sample()));
    if (!result.ok) throw new Error(result.errors.join('; '));
    const { entries, problems, episodes } = result.file.chronology;
    expect(entries).toHaveLength(15);
    expect(entries.find((entry) => entry.date === '2022-04')).toMatchObject({ precision: 'month', agency: 'Police', origin: { file: 'police.csv', row: 4 } });
    expect(problems).toEqual([expect.objectContaining({ file: 'school.csv', row: 5, agency: 'Kingsmere Primary School' })]);
    expect(entries.filter((entry) => entry.episodeIds.includes(episodes[0]!.id)).length).toBeGreaterThan(3);
  });

  it('refuses chronology entries with impossible dates, mismatched precision or unknown episodes, naming each', () => {
    const file = sample();
    file.chronology.entries[0].date = '2021-02-31';
    file.chronology.entries[1].precision = 'month';
    file.chronology.entries[2].episodeIds = ['nowhere'];
    file.chronology.episodes[0].to = '2020-01-01';
    const errors = errorsOf(JSON.stringify(file)).join('\n');
    expect(errors).toContain('chronology.entries[0].date: "2021-02-31" is not a real date');
    expect(errors).toContain('chronology.entries[1].precision: "month" does not match the date');
    expect(errors).toContain('chronology.entries[2].episodeIds: names an episode that is not in the file (nowhere)');
    expect(errors).toContain('chronology.episodes[0]: it ends before it starts');
  });

  it('refuses a report whose statutory sections are missing or out of order', () => {
    const file = sample();
    const sections = file.report.content.content;
    [sections[1], sections[2]] = [sections[2], sections[1]];
    expect(errorsOf(JSON.stringify(file)).join('\n')).toMatch(/statutory sections must each appear once, in order/);
    file.report.content.content = sections.filter((section: { attrs: { key: string } }) => section.attrs.key !== 'analysis');
    expect(errorsOf(JSON.stringify(file)).join('\n')).toMatch(/found: introduction, .*done-differently, recommendations\)/);
  });

  it('refuses report content the editor cannot hold', () => {
    const file = sample();
    file.report.content.content[0].content.push({ type: 'image', attrs: { src: 'x.png' } });
    expect(errorsOf(JSON.stringify(file)).join('\n')).toMatch(/report\.content\[0\]\.content\[\d+\]: "image" is not something a report can contain/);
  });

  it('refuses a recommendation naming an agency the file does not have', () => {
    const file = sample();
    file.recommendations[0].agencyIds = ['agency-ghost'];
    expect(errorsOf(JSON.stringify(file)).join('\n')).toMatch(/recommendations\[0\]\.agencyIds: names an agency that is not in the file \(agency-ghost\)/);
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(errorsOf('{"format": "cspr-desk/case", ')[0]).toMatch(/not valid JSON/);
    expect(errorsOf('')[0]).toMatch(/empty/);
  });

  it('refuses a foreign JSON file, naming its format', () => {
    expect(errorsOf(JSON.stringify({ format: 'something-else', version: 1 }))[0]).toMatch(/not a CSPR Desk case file \(its format is "something-else"\)/);
    expect(errorsOf('[1, 2, 3]')[0]).toMatch(/not a CSPR Desk case file/);
  });

  it('refuses a file from a newer version of the app', () => {
    expect(errorsOf(JSON.stringify({ ...sample(), version: 99 }))[0]).toMatch(/newer version of CSPR Desk \(format version 99/);
  });

  it('names the field that is wrong', () => {
    const wrongStatus = sample();
    wrongStatus.case.status = 'closed';
    expect(errorsOf(JSON.stringify(wrongStatus)).join('\n')).toMatch(/^case\.status:/m);

    const missingName = sample();
    delete missingName.case.reviewName;
    expect(errorsOf(JSON.stringify(missingName)).join('\n')).toMatch(/reviewName/);

    const badDateShape = sample();
    badDateShape.case.dates.publication = '31/01/2025';
    expect(errorsOf(JSON.stringify(badDateShape)).join('\n')).toMatch(/case\.dates\.publication/);

    const reviewersNotList = sample();
    reviewersNotList.case.reviewers = 'A Reviewer';
    expect(errorsOf(JSON.stringify(reviewersNotList)).join('\n')).toMatch(/case\.reviewers/);
  });

  it('refuses a date that is not a real day', () => {
    const impossible = sample();
    impossible.case.dates.incidentNotified = '2021-02-31';
    expect(errorsOf(JSON.stringify(impossible))).toEqual(['case.dates.incidentNotified: "2021-02-31" is not a real calendar date']);
  });

  it('refuses unknown fields rather than silently dropping them', () => {
    expect(errorsOf(JSON.stringify({ ...sample(), extra: true })).join('\n')).toMatch(/extra|additional/i);
  });
});

describe('caseFileName', () => {
  it('comes from the review name only', () => {
    expect(caseFileName('Child K')).toBe('Child-K.cspr.json');
    expect(caseFileName('  Ré/view: "Q" ')).toBe('Re-view-Q.cspr.json');
    expect(caseFileName('///')).toBe('case.cspr.json');
  });
});
