import fc from 'fast-check';

// Structured mutations of a JSON document (a case file): each is generated as data (which path,
// what to put there) and applied to a copy, and records what it did so a property can say which
// outcome is acceptable ("a deleted required field must be refused").

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];
export type JsonCategory = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export const categoryOf = (value: Json): JsonCategory =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as 'boolean' | 'number' | 'string' | 'object');

const isObject = (value: Json): value is { [key: string]: Json } => categoryOf(value) === 'object';

/** Every path below the root, parents before children. */
export function allPaths(value: Json, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push([...prefix, index], ...allPaths(item, [...prefix, index])));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) paths.push([...prefix, key], ...allPaths(item, [...prefix, key]));
  }
  return paths;
}

export function getAt(value: Json, path: JsonPath): Json {
  let here: Json = value;
  for (const part of path) here = (here as Record<string | number, Json>)[part] as Json;
  return here;
}

function setAt(root: Json, path: JsonPath, next: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1)!] = next;
}

/** "report.content[2].attrs" for messages and oracles. */
export const describePath = (path: JsonPath): string =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');

const otherCategoryValues = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  string: fc.string({ maxLength: 20 }),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
} satisfies Record<JsonCategory, fc.Arbitrary<unknown>>;

const categories = Object.keys(otherCategoryValues) as JsonCategory[];

export type JsonMutation =
  | { kind: 'delete-key'; pick: number }
  | { kind: 'other-type'; pick: number; values: Record<JsonCategory, Json>; category: number }
  | { kind: 'other-string'; pick: number; value: string }
  | { kind: 'other-number'; pick: number; value: number }
  | { kind: 'duplicate-element'; pick: number; element: number }
  | { kind: 'duplicate-record'; pick: number; element: number }
  | { kind: 'swap-elements'; pick: number; a: number; b: number }
  | { kind: 'remove-element'; pick: number; element: number }
  | { kind: 'version'; value: number }
  | { kind: 'huge-string'; pick: number; size: number; unit: string; asKey: boolean }
  | { kind: 'add-key'; pick: number; key: string; value: Json }
  | { kind: 'deep-nest'; pick: number; depth: number; shape: 'node' | 'array' };

const pick = fc.nat();

/** Unusual but plausible strings: ids, dates, markup, other scripts, control characters. */
export const awkwardString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '2024-02-30',
    '2024-13-01',
    '2023-01-16',
    '0000-00-00',
    '9999-12-31',
    '2024-06-01T09:00:00.000Z',
    'not-a-date',
    'doc',
    'reportSection',
    'paragraph',
    'statutory',
    'appendix',
    'introduction',
    'person',
    'alias',
    'final',
    'published',
    'learning-event',
    '\u0000',
    '\uD800',
    '\uFEFF',
    '<script>',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    'İstanbul',
    'Ⅻ',
  ),
);

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), pick }),
  fc.record({
    kind: fc.constant('other-type' as const),
    pick,
    values: fc.record(otherCategoryValues) as fc.Arbitrary<Record<JsonCategory, Json>>,
    category: fc.nat({ max: categories.length - 1 }),
  }),
  fc.record({ kind: fc.constant('other-string' as const), pick, value: awkwardString }),
  fc.record({
    kind: fc.constant('other-number' as const),
    pick,
    value: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  }),
  fc.record({ kind: fc.constant('duplicate-element' as const), pick, element: fc.nat() }),
  // A record copied within one of the file's collections (top-level lists such as agencies or events.themes).
  fc.record({ kind: fc.constant('duplicate-record' as const), pick, element: fc.nat() }),
  fc.record({ kind: fc.constant('swap-elements' as const), pick, a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('remove-element' as const), pick, element: fc.nat() }),
  fc.record({
    kind: fc.constant('version' as const),
    value: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    pick,
    size: fc.integer({ min: 5_000, max: 200_000 }),
    unit: fc.constantFrom('x', 'ab ', 'é', '😀', '"\\', '\n', 'T '),
    asKey: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('add-key' as const), pick, key: awkwardString, value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('deep-nest' as const),
    pick,
    depth: fc.integer({ min: 20, max: 700 }),
    shape: fc.constantFrom('node' as const, 'array' as const),
  }),
);

/** What a mutation did, for the oracles. */
export interface AppliedMutation {
  kind: JsonMutation['kind'];
  /** Where it applied; null when it found nowhere to apply (then the document is unchanged). */
  path: JsonPath | null;
  /** The key deleted or added. */
  key?: string;
  before?: Json;
  after?: Json;
}

const choose = <T>(items: readonly T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** Applies one mutation to `document` in place (the root must be an object). */
export function applyJsonMutation(document: { [key: string]: Json }, mutation: JsonMutation): AppliedMutation {
  const paths = mutation.kind === 'version' ? [] : allPaths(document);
  const none: AppliedMutation = { kind: mutation.kind, path: null };
  switch (mutation.kind) {
    case 'delete-key': {
      const path = choose(
        paths.filter((candidate) => typeof candidate.at(-1) === 'string'),
        mutation.pick,
      );
      if (!path) return none;
      const before = getAt(document, path);
      delete (getAt(document, path.slice(0, -1)) as Record<string, Json>)[path.at(-1) as string];
      return { kind: mutation.kind, path, key: path.at(-1) as string, before };
    }
    case 'other-type': {
      const path = choose(paths, mutation.pick);
      if (!path) return none;
      const before = getAt(document, path);
      let category = categories[mutation.category]!;
      if (category === categoryOf(before)) category = categories[(mutation.category + 1) % categories.length]!;
      const after = structuredClone(mutation.values[category]);
      setAt(document, path, after);
      return { kind: mutation.kind, path, before, after };
    }
    case 'other-string':
    case 'other-number': {
      const wanted = mutation.kind === 'other-string' ? 'string' : 'number';
      const path = choose(
        paths.filter((candidate) => categoryOf(getAt(document, candidate)) === wanted),
        mutation.pick,
      );
      if (!path) return none;
      const before = getAt(document, path);
      setAt(document, path, mutation.value);
      return { kind: mutation.kind, path, before, after: mutation.value };
    }
    case 'duplicate-record': {
      const path = choose(
        paths.filter((candidate) => {
          const value = getAt(document, candidate);
          return candidate.length <= 2 && Array.isArray(value) && value.length >= 1;
        }),
        mutation.pick,
      );
      if (!path) return none;
      const list = getAt(document, path) as Json[];
      list.push(structuredClone(list[mutation.element % list.length]!));
      return { kind: 'duplicate-element', path };
    }
    case 'duplicate-element':
    case 'remove-element':
    case 'swap-elements': {
      const minimum = mutation.kind === 'swap-elements' ? 2 : 1;
      const path = choose(
        paths.filter((candidate) => {
          const value = getAt(document, candidate);
          return Array.isArray(value) && value.length >= minimum;
        }),
        mutation.pick,
      );
      if (!path) return none;
      const list = getAt(document, path) as Json[];
      if (mutation.kind === 'duplicate-element') list.push(structuredClone(list[mutation.element % list.length]!));
      else if (mutation.kind === 'remove-element') list.splice(mutation.element % list.length, 1);
      else {
        const a = mutation.a % list.length;
        const b = mutation.b % list.length;
        [list[a], list[b]] = [list[b]!, list[a]!];
      }
      return { kind: mutation.kind, path };
    }
    case 'version': {
      const before = document.version ?? null;
      document.version = mutation.value;
      return { kind: mutation.kind, path: ['version'], before, after: mutation.value };
    }
    case 'huge-string': {
      const huge = mutation.unit.repeat(Math.ceil(mutation.size / mutation.unit.length));
      if (mutation.asKey) {
        const path = choose(
          [[], ...paths].filter((candidate) => isObject(getAt(document, candidate))),
          mutation.pick,
        );
        if (!path) return none;
        (getAt(document, path) as Record<string, Json>)[huge] = 'x';
        return { kind: mutation.kind, path, key: huge };
      }
      const path = choose(
        paths.filter((candidate) => categoryOf(getAt(document, candidate)) === 'string'),
        mutation.pick,
      );
      if (!path) return none;
      const before = getAt(document, path);
      setAt(document, path, huge);
      return { kind: mutation.kind, path, before, after: huge };
    }
    case 'add-key': {
      const path = choose(
        [[], ...paths].filter((candidate) => isObject(getAt(document, candidate))),
        mutation.pick,
      );
      if (!path) return none;
      const target = getAt(document, path) as Record<string, Json>;
      // Defined as an own property even for "__proto__", as JSON.parse would.
      Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      return { kind: mutation.kind, path, key: mutation.key, after: mutation.value };
    }
    case 'deep-nest': {
      const path = choose(paths, mutation.pick);
      if (!path) return none;
      let nested = getAt(document, path);
      for (let level = 0; level < mutation.depth; level += 1) nested = mutation.shape === 'node' ? { type: 'blockquote', content: [nested] } : [nested];
      setAt(document, path, nested);
      return { kind: mutation.kind, path };
    }
  }
}

export type TextMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-span'; at: number; length: number }
  | { kind: 'replace-char'; at: number; char: string }
  | { kind: 'wrap-whitespace'; bom: boolean; before: string; after: string };

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(awkwardString, fc.constantFrom(',', '}', ']', '{', '"', '\\', 'null', ':', '\\u0000', '\\ud800')),
  }),
  fc.record({ kind: fc.constant('delete-span' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('replace-char' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({
    kind: fc.constant('wrap-whitespace' as const),
    bom: fc.boolean(),
    before: fc.stringMatching(/^[ \t\r\n]{0,3}$/),
    after: fc.stringMatching(/^[ \t\r\n]{0,3}$/),
  }),
);

export function applyTextMutation(text: string, mutation: TextMutation): string {
  const at = 'at' in mutation ? mutation.at % (text.length + 1) : 0;
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'delete-span':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'replace-char':
      return text.slice(0, at) + mutation.char + text.slice(at + 1);
    case 'wrap-whitespace':
      return `${mutation.bom ? '\uFEFF' : ''}${mutation.before}${text}${mutation.after}`;
  }
}
