import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../../../src/core/case-file/validate-against-schema';

const sampleText = readFileSync(resolve(import.meta.dirname, '../../../fixtures/case-l.cspr.json'), 'utf8');
// Loosely typed on purpose (JSON.parse's own type): the tests break the file in ways its types forbid.
type Loose = ReturnType<typeof JSON.parse>;
const broken = (change: (file: Loose) => void) => {
  const file = JSON.parse(sampleText) as Loose;
  change(file);
  return schemaErrors(file);
};

describe('schemaErrors', () => {
  it('finds nothing wrong with the sample', () => {
    expect(schemaErrors(JSON.parse(sampleText))).toEqual([]);
  });

  it('names each type with its article, and says what was found', () => {
    expect(broken((file) => (file.case = 'Leo'))).toEqual(['case: must be an object (found text)']);
    expect(broken((file) => (file.case = []))).toEqual(['case: must be an object (found a list)']);
    expect(broken((file) => (file.case = null))).toEqual(['case: must be an object (found null)']);
    expect(broken((file) => (file.recommendations[0].order = 1.5))).toEqual(['recommendations[0].order: must be an integer (found a number)']);
    expect(broken((file) => (file.case.reviewers = 'A Reviewer'))).toEqual(['case.reviewers: must be a list (found text)']);
    expect(broken((file) => (file.case.archived = 'yes'))).toEqual(['case.archived: must be true or false (found text)']);
    expect(broken((file) => (file.case.reviewName = 7))).toEqual(['case.reviewName: must be text (found a number)']);
  });

  it('says when a field may also be null, without blaming the null alternative', () => {
    expect(broken((file) => (file.report = 5))).toEqual(['report: must be an object or null (found a number)']);
    expect(broken((file) => (file.case.dates.publication = 7))).toEqual(['case.dates.publication: must be text or null (found a number)']);
    expect(broken((file) => (file.events.notes[0].attendeeId = 5))).toEqual(['events.notes[0].attendeeId: must be text or null (found a number)']);
    expect(broken((file) => (file.chronology.entries[0].origin = 'police.csv'))).toEqual([
      'chronology.entries[0].origin: must be an object or null (found text)',
    ]);
    expect(broken((file) => (file.chronology.entries[0].origin = { file: 'police.csv', row: 0 }))).toEqual([
      'chronology.entries[0].origin.row: must be at least 1 (found 0)',
    ]);
  });

  it('says what shape each pattern asks for', () => {
    expect(broken((file) => (file.case.dates.publication = '31/01/2025'))).toEqual(['case.dates.publication: must be a date written as YYYY-MM-DD']);
    expect(broken((file) => (file.chronology.entries[0].date = '12/03/2021'))).toEqual([
      'chronology.entries[0].date: must be a date written as YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
    expect(broken((file) => (file.chronology.entries[0].time = '25:00'))).toEqual([
      'chronology.entries[0].time: must be a time written as HH:MM on the 24-hour clock',
    ]);
    expect(broken((file) => (file.events.notes[0].at = 'yesterday'))).toEqual([
      'events.notes[0].at: must be a date and time written as YYYY-MM-DDTHH:MM, such as 2024-06-01T12:00',
    ]);
    expect(broken((file) => (file.events.events[0].attendees[0].shortcut = 'H V'))).toEqual([
      'events.events[0].attendees[0].shortcut: must be letters, digits, hyphens or underscores, with no spaces',
    ]);
    expect(broken((file) => (file.events.notes[0].tags = ['Voice']))).toEqual([
      'events.notes[0].tags[0]: must be lower-case letters, digits, hyphens or underscores, with no spaces',
    ]);
    expect(broken((file) => (file.exportedAt = 'yesterday'))).toEqual(['exportedAt: must be a date and time such as 2024-06-01T12:00:00.000Z']);
  });

  it('states limits, allowed values and fixed values in words', () => {
    expect(broken((file) => (file.case.reviewName = ''))).toEqual(['case.reviewName: must not be empty']);
    expect(broken((file) => (file.case.reviewName = 'x'.repeat(5000)))).toEqual(['case.reviewName: must be at most 200 characters long (found 5000)']);
    expect(broken((file) => (file.case.reviewers = Array.from({ length: 21 }, () => 'A Reviewer')))).toEqual([
      'case.reviewers: must hold at most 20 items (found 21)',
    ]);
    expect(broken((file) => (file.report.content.content = []))).toEqual(['report.content.content: must hold at least 7 items (found 0)']);
    expect(broken((file) => (file.recommendations[0].order = -1))).toEqual(['recommendations[0].order: must be at least 0 (found -1)']);
    expect(broken((file) => (file.case.status = 'closed'))).toEqual([
      'case.status: must be one of: rapid-review, scoping, in-progress, draft-with-panel, final, published',
    ]);
    expect(broken((file) => (file.exportedBy.app = 'Other'))).toEqual(['exportedBy.app: must be "CSPR Desk"']);
    expect(broken((file) => (file.report.content.type = 'page'))).toEqual(['report.content.type: must be "doc"']);
  });

  it('names missing and unknown fields', () => {
    expect(broken((file) => delete file.case.reviewName)).toEqual(['case.reviewName: is missing']);
    expect(broken((file) => (file.extra = true))).toEqual(['extra: is not a field this version of the case file has']);
  });

  it('never passes on the validator’s own wording or a wrong article', () => {
    const everything = broken((file) => {
      file.case.reviewers = {};
      file.case.archived = [];
      file.recommendations[0].order = 'first';
      file.report.content.type = 1;
      file.chronology.entries[0].time = 1;
      file.events.notes[0].sentTo = { sectionKey: 1, sectionTitle: 'x', at: 'now' };
    });
    expect(everything.length).toBeGreaterThanOrEqual(6);
    for (const message of everything) expect(message).not.toMatch(/\ba (object|integer|array)\b|Instance|String is|Array has|subschema/);
  });
});
