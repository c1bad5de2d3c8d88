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
const wrapperKeywords = ['properties', '$ref', 'allOf', 'anyOf', 'oneOf', 'items', 'additionalProperties'];

/** A field that may be null fails the alternative {"type": "null"} too; that says nothing about what is wrong. */
const isNullAlternative = (unit: OutputUnit) =>
  unit.keyword === 'type' && /Expected "null"\.$/.test(unit.error) && /\/(anyOf|oneOf)\/\d+\/type$/.test(unit.keywordLocation);

function specificErrors(errors: readonly OutputUnit[]): OutputUnit[] {
  const pool = errors.filter((unit) => !wrapperKeywords.includes(unit.keyword));
  const candidates = pool.length > 0 ? pool : [...errors];
  const specific = candidates.filter(
    (unit) => unit.keyword === 'required' || !candidates.some((other) => other.instanceLocation.startsWith(`${unit.instanceLocation}/`)),
  );
  return specific.filter(
    (unit) => !isNullAlternative(unit) || !specific.some((other) => other.instanceLocation === unit.instanceLocation && !isNullAlternative(other)),
  );
}

/** The schema object a keyword location points to, following the local $refs it passes through. */
function schemaAt(keywordLocation: string): unknown {
  let node: unknown = caseFileSchema;
  for (const part of keywordLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Record<string, unknown>;
    const key = decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (key === '$ref' && typeof record.$ref === 'string') node = schemaAt(record.$ref);
    else node = Object.hasOwn(record, key) ? record[key] : undefined;
  }
  return node;
}

// What each pattern in the schema asks for, in words (a pattern the table lacks gets a general message).
const patternMeanings = new Map<string, string>([
  ['^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'must be a date written as YYYY-MM-DD'],
  ['^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$', 'must be a date written as YYYY-MM-DD, YYYY-MM or YYYY'],
  ['^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?Z?$', 'must be a date and time written as YYYY-MM-DDTHH:MM, such as 2024-06-01T12:00'],
  ['^([01][0-9]|2[0-3]):[0-5][0-9]$', 'must be a time written as HH:MM on the 24-hour clock'],
  ['^[0-9a-f]{64}$', 'must be 64 hexadecimal digits (0–9 and a–f)'],
  ['^[\\p{L}\\p{N}_-]+$', 'must be letters, digits, hyphens or underscores, with no spaces'],
  ['^[\\p{Ll}\\p{Lo}\\p{N}_-]+$', 'must be lower-case letters, digits, hyphens or underscores, with no spaces'],
]);

/** JSON Schema's type names as a reviewer would say them, with their article. */
const typeNames: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const typeName = (type: string) => (Object.hasOwn(typeNames, type) ? typeNames[type]! : `a value of type ${type}`);

/** ["text", "null"] → "text or null"; three or more → "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

/** The validator's "String is too long (5000 > 200)." → ["5000", "200"]: what was found, then the limit. */
function comparedNumbers(error: string): [string, string] | null {
  const match = /\((\d+) [<>] (\d+)\)/.exec(error);
  return match?.[1] !== undefined && match[2] !== undefined ? [match[1], match[2]] : null;
}

/** Whether the field may also be null: its failing type is an alternative (or a $ref in one) beside {"type": "null"}. */
function mayBeNull(unit: OutputUnit): boolean {
  const alternatives = /^(.*\/(?:anyOf|oneOf))\/\d+(?:\/\$ref)*\/type$/.exec(unit.keywordLocation)?.[1];
  const options = alternatives ? schemaAt(alternatives) : undefined;
  return Array.isArray(options) && options.some((option) => typeof option === 'object' && option !== null && (option as { type?: unknown }).type === 'null');
}

/** What is wrong, in plain English, after the field's name ("must be a list (found text)"). */
function describeProblem(unit: OutputUnit): string {
  const { keyword, error } = unit;
  switch (keyword) {
    case 'false':
      return 'is not a field this version of the case file has';
    case 'type': {
      const expected =
        /Expected (".*")\.$/
          .exec(error)?.[1]
          ?.split(/",\s*"/)
          .map((type) => type.replace(/"/g, '')) ?? [];
      const found = /Instance type "([^"]+)"/.exec(error)?.[1];
      const allowed = [...expected.map(typeName), ...(mayBeNull(unit) && !expected.includes('null') ? ['null'] : [])];
      return `must be ${orList(allowed)}${found ? ` (found ${typeName(found)})` : ''}`;
    }
    case 'format':
      return /"date-time"/.test(error)
        ? 'must be a date and time such as 2024-06-01T12:00:00.000Z'
        : `is not in the form ${/"([^"]+)"/.exec(error)?.[1] ?? 'expected'}`;
    case 'pattern': {
      const pattern = schemaAt(unit.keywordLocation);
      return (typeof pattern === 'string' ? patternMeanings.get(pattern) : undefined) ?? 'is not in the form this field takes';
    }
    case 'enum': {
      const values = schemaAt(unit.keywordLocation);
      return Array.isArray(values) ? `must be one of: ${values.map((value) => String(value)).join(', ')}` : 'is not one of the values this field takes';
    }
    case 'const': {
      const value = schemaAt(unit.keywordLocation);
      return value === undefined ? 'is not the value this field takes' : `must be ${JSON.stringify(value)}`;
    }
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems': {
      const [found, limit] = comparedNumbers(error) ?? [];
      const least = keyword.startsWith('min');
      const text = keyword.endsWith('Length');
      if (limit === undefined) return text ? (least ? 'is too short' : 'is too long') : least ? 'has too few items' : 'has too many items';
      if (least && limit === '1') return text ? 'must not be empty' : 'must hold at least 1 item';
      const bound = `${least ? 'at least' : 'at most'} ${limit}`;
      return text ? `must be ${bound} characters long (found ${found})` : `must hold ${bound} items (found ${found})`;
    }
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      // "-1 is less than 0." or, for an exclusive limit, "0 is less than or equal to 0." (or "… less than 0." under exclusiveMinimum).
      const match = /^(\S+) is (less|greater) than (or equal to )?\s*(\S+)\.$/.exec(error);
      if (!match) return keyword.includes('inimum') ? 'is too small' : 'is too large';
      const strict = keyword.startsWith('exclusive') || match[3] !== undefined;
      const bound = match[2] === 'less' ? (strict ? 'more than' : 'at least') : strict ? 'less than' : 'at most';
      return `must be ${bound} ${match[4]} (found ${match[1]})`;
    }
    case 'anyOf':
    case 'oneOf':
      return 'is not in any of the forms this field takes';
    default:
      // A keyword the schema does not use today: the validator's own words, kept as a clause.
      return `does not fit the case file format (${error.replace(/\.$/, '')})`;
  }
}

// Plain English for the reviewer, one clause after the field's name.
function friendlyMessage(unit: OutputUnit): { location: string; message: string } {
  const location = describeLocation(unit.instanceLocation);
  const missing = /required property "([^"]+)"/.exec(unit.error);
  if (unit.keyword === 'required' && missing?.[1]) {
    const field = location === 'the file' ? missing[1] : `${location}.${missing[1]}`;
    return { location: field, message: `${field}: is missing` };
  }
  const keyword = /False boolean schema/.test(unit.error) ? 'false' : unit.keyword;
  return { location, message: `${location}: ${describeProblem({ ...unit, keyword })}` };
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
