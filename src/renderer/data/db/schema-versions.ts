import type { Transaction } from 'dexie';

// Every schema the app has ever shipped, oldest first. Never edit a shipped entry: add a new
// one, with an upgrade where data must change, and a unit test that opens a database seeded
// at the previous version (test/unit/renderer/db/).
// Index only ids, foreign keys and dates — never document content.

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// Store lists that later versions carry over unchanged (Dexie needs every store in each version).
const reportStores = {
  cases: 'id, updatedAt, status',
  meta: 'key',
  reports: 'caseId',
  reportContents: 'caseId',
  reportVersions: 'id, caseId, createdAt',
  recommendations: 'id, caseId, [caseId+order]',
  agencies: 'id, caseId',
};
const chronologyStores = {
  chronologyEntries: 'id, caseId, [caseId+sortKey]',
  chronologyProblems: 'id, caseId',
  chronologyImports: 'id, caseId, [caseId+fingerprint]',
  episodes: 'id, caseId, [caseId+order]',
  columnMappings: 'key',
};

const anonymisationStores = {
  identifiers: 'id, caseId, [caseId+order]',
  allowedPhrases: 'id, caseId',
  ignoredFindings: 'id, caseId',
  anonymisationLog: 'id, caseId, [caseId+at]',
};

const eventStores = {
  events: 'id, caseId',
  eventNotes: 'id, caseId, eventId, [eventId+order]',
  noteThemes: 'id, caseId',
  noteDrafts: 'eventId, caseId',
};

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: { cases: 'id, updatedAt' },
  },
  {
    // Adds the meta table, which records which app and schema version last wrote the data,
    // so an older app can refuse to overwrite data written by a newer one.
    version: 2,
    stores: { cases: 'id, updatedAt, status', meta: 'key' },
  },
  {
    // The report editor: one report per case, its saved versions, recommendations and the
    // case's agencies.
    version: 3,
    stores: { ...reportStores },
  },
  {
    // The multi-agency chronology: entries (sorted by an index on their sort key), rows that
    // could not be imported yet, the files imported (to spot the same file twice), key practice
    // episodes, and column mappings remembered per agency and file layout.
    version: 4,
    stores: {
      ...reportStores,
      ...chronologyStores,
    },
  },
  {
    // The anonymisation checker: the identifier register, the allow list, occurrences left as
    // they are, and the audit log of decisions.
    version: 5,
    stores: {
      ...reportStores,
      ...chronologyStores,
      ...anonymisationStores,
    },
  },
  {
    // The report body as JSON text (contentJson): writing a large report copies one string, not
    // thousands of objects, so autosave never holds up typing.
    version: 6,
    stores: {
      ...reportStores,
      ...chronologyStores,
      ...anonymisationStores,
    },
    upgrade: async (tx) => {
      await tx
        .table('reportContents')
        .toCollection()
        .modify((row: { content?: unknown; contentJson?: string }) => {
          if (row.contentJson === undefined) row.contentJson = JSON.stringify(row.content ?? null);
          delete row.content;
        });
    },
  },
  {
    // Practitioner events and family conversations: the events, their notes (in the order taken),
    // the themes notes are grouped into, and the note being typed (saved on every keystroke).
    version: 7,
    stores: {
      ...reportStores,
      ...chronologyStores,
      ...anonymisationStores,
      ...eventStores,
    },
  },
  {
    // The case data is stored encrypted (see encryption-middleware): only indexed fields can be
    // read without opening a record, so the chronology's sequence gets an index, and the next
    // number no longer means opening every entry of the case.
    version: 8,
    stores: {
      ...reportStores,
      ...chronologyStores,
      chronologyEntries: 'id, caseId, [caseId+sortKey], [caseId+sequence]',
      ...anonymisationStores,
      ...eventStores,
    },
  },
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
