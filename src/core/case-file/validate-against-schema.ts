import { Validator, type OutputUnit } from '@cfworker/json-schema';
import caseFileSchema from '../../../resources/schema/case-file.schema.json';

// An interpreting validator (no code generation), so it also runs under the renderer's strict CSP.
const validator = new Validator(caseFileSchema as object, '2020-12', false);

/** "#/case/dates/publication" → "case.dates.publication"; "#" → "the file". */
export function describeLocation(instanceLocation: string): string {
  const parts = instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~')))
    // A foreign key can be any length: name it by its start, not by pages of text.
    .map((part) => (part.length > 40 ? `${part.slice(0, 40)}…` : part));
  if (parts.length === 0) return 'the file';
  return parts.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

// The validator reports a chain of errors from the root down for each fault; keep the most
// specific one per fault (an error at a location with no error below it), dropping the wrappers.
const wrapperKeywords = ['properties', '$ref', 'allOf', 'anyOf', 'items', 'additionalProperties'];

function specificErrors(errors: readonly OutputUnit[]): OutputUnit[] {
  const pool = errors.filter((unit) => !wrapperKeywords.includes(unit.keyword));
  const candidates = pool.length > 0 ? pool : [...errors];
  return candidates.filter(
    (unit) => unit.keyword === 'required' || !candidates.some((other) => other.instanceLocation.startsWith(`${unit.instanceLocation}/`)),
  );
}

// Plain English for the reviewer; the validator's own wording is kept for anything unexpected.
function friendlyMessage(unit: OutputUnit): { location: string; message: string } {
  const location = describeLocation(unit.instanceLocation);
  const missing = /required property "([^"]+)"/.exec(unit.error);
  if (unit.keyword === 'required' && missing?.[1]) {
    const field = location === 'the file' ? missing[1] : `${location}.${missing[1]}`;
    return { location: field, message: `${field}: is missing` };
  }
  if (unit.keyword === 'false' || /False boolean schema/.test(unit.error)) {
    return { location, message: `${location}: is not a field this version of the case file has` };
  }
  if (unit.keyword === 'format') return { location, message: `${location}: must be a date and time such as 2024-06-01T12:00:00.000Z` };
  if (unit.keyword === 'pattern') return { location, message: `${location}: must be a date written as YYYY-MM-DD` };
  const expected = /Expected "([^"]+)"/.exec(unit.error);
  const found = /Instance type "([^"]+)"/.exec(unit.error);
  if (unit.keyword === 'type' && expected?.[1]) {
    return { location, message: `${location}: must be ${expected[1] === 'array' ? 'a list' : `a ${expected[1]}`}${found?.[1] ? ` (found ${found[1]})` : ''}` };
  }
  if (unit.keyword === 'enum') return { location, message: `${location}: ${unit.error.replace(/^Instance does not match any of/, 'must be one of')}` };
  return { location, message: `${location}: ${unit.error}` };
}

/** Messages naming each field that does not fit the schema (one per field); empty when the file fits. */
export function schemaErrors(data: unknown): string[] {
  const result = validator.validate(data);
  if (result.valid) return [];
  const byLocation = new Map<string, string>();
  for (const unit of specificErrors(result.errors)) {
    const { location, message } = friendlyMessage(unit);
    if (!byLocation.has(location)) byLocation.set(location, message);
  }
  return [...byLocation.values()].slice(0, 10);
}
