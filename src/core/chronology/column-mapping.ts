// Which column of an agency's file holds which part of an entry. Agencies name their columns in
// their own way; common names and synonyms are recognised, and the reviewer maps the rest.

export const chronologyFields = ['date', 'time', 'agency', 'source', 'role', 'text', 'outcome', 'analysis'] as const;
export type ChronologyField = (typeof chronologyFields)[number];

/** Column index (0-based) for each field the file has. */
export type ColumnMapping = Partial<Record<ChronologyField, number>>;

export const fieldLabels: Record<ChronologyField, string> = {
  date: 'Date',
  time: 'Time',
  agency: 'Agency',
  source: 'Source (record or document)',
  role: 'Practitioner role',
  text: 'What happened',
  outcome: 'Outcome or action taken',
  analysis: 'Analysis or significance',
};

// Header names as agencies write them, compared without case, punctuation or extra spaces.
const synonyms: Record<ChronologyField, string[]> = {
  date: ['date', 'date of contact', 'contact date', 'event date', 'date of event', 'date and time', 'date time', 'when', 'date of incident', 'incident date'],
  time: ['time', 'time of contact', 'contact time', 'event time'],
  agency: ['agency', 'organisation', 'organization', 'service', 'agency name'],
  source: ['source', 'record', 'source of information', 'document', 'record type', 'information source', 'source document'],
  role: ['practitioner', 'role', 'staff role', 'practitioner role', 'professional', 'worker', 'staff', 'job title', 'practitioner by role'],
  text: [
    'event',
    'details',
    'what happened',
    'summary',
    'description',
    'contact details',
    'event details',
    'narrative',
    'details of contact',
    'note',
    'notes',
    'entry',
  ],
  outcome: ['outcome', 'action taken', 'action', 'actions', 'outcome action', 'action outcome', 'result'],
  analysis: ['analysis', 'significance', 'comment', 'comments', 'reviewer comment', 'analysis significance', 'significance analysis', 'relevance'],
};

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface DetectedMapping {
  mapping: ColumnMapping;
  /** Headers no field was recognised for, by column index. */
  unrecognised: number[];
  /** True when the date and what-happened columns were both found: safe to import unasked. */
  confident: boolean;
}

/** Recognises columns by their header names; each field takes the first column that names it. */
export function detectColumns(headers: readonly string[]): DetectedMapping {
  const mapping: ColumnMapping = {};
  const unrecognised: number[] = [];
  headers.forEach((header, index) => {
    const name = normaliseHeader(header);
    const field = chronologyFields.find((candidate) => mapping[candidate] === undefined && synonyms[candidate].includes(name));
    if (field) mapping[field] = index;
    else if (name !== '') unrecognised.push(index);
  });
  return { mapping, unrecognised, confident: mapping.date !== undefined && mapping.text !== undefined };
}

/** Problems that stop a mapping being used: no date column, no what-happened column, a column used twice. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (mapping.date === undefined) problems.push('Choose the column that holds the date.');
  if (mapping.text === undefined) problems.push('Choose the column that says what happened.');
  const used = new Map<number, ChronologyField>();
  for (const field of chronologyFields) {
    const column = mapping[field];
    if (column === undefined) continue;
    const other = used.get(column);
    if (other) problems.push(`${fieldLabels[field]} and ${fieldLabels[other]} are the same column.`);
    used.set(column, field);
  }
  return problems;
}

/** A mapping remembered for an agency applies to a new file only if that file has the same headers. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}
