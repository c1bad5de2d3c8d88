import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import caseFileSchema from '../../../resources/schema/case-file.schema.json';
import { caseFileFormatName, currentCaseFileVersion } from '../../../src/core/case-file/case-file-format';
import { readCaseFile, type ReadCaseFileResult } from '../../../src/core/case-file/read-case-file';
import { decryptCaseFileText, encryptCaseFileText, encryptedCaseFileFormat, type DecryptResult } from '../../../src/core/crypto/encrypted-case-file';
import { pbkdf2Iterations } from '../../../src/core/crypto/passphrase-key';
import { fixtureText, richerSampleCase, sampleCase, sampleCaseText } from './support/fixtures';
import {
  applyJsonMutation,
  applyTextMutation,
  awkwardString,
  describePath,
  jsonMutation,
  textMutation,
  type AppliedMutation,
  type Json,
} from './support/json-mutations';
import { expectReadableMessage, propertyTimeoutMs, withinBudget } from './support/time-budget';

// readCaseFile is the only gate between a file on disk and the database: whatever it is given,
// it must answer (never throw), and either accept a sound case file or say what is wrong.

/** Properties the schema lets a file leave out; deleting any other key must be refused. */
const optionalKeys = (() => {
  const optional = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const { properties, required } = node as { properties?: Record<string, unknown>; required?: string[] };
    if (properties) for (const key of Object.keys(properties)) if (!required?.includes(key)) optional.add(key);
    Object.values(node).forEach(walk);
  };
  walk(caseFileSchema);
  return optional;
})();

/** Collections whose ids must be unique for an import to store them. */
const uniqueIdCollections = new Set([
  'agencies',
  'recommendations',
  'chronology.entries',
  'chronology.episodes',
  'chronology.imports',
  'anonymisation.identifiers',
  'events.events',
  'events.notes',
  'events.themes',
  'events.drafts',
]);

/** A report node's attrs (and a mark's) are free-form: the schema says only "an object". */
const insideFreeFormAttrs = (path: readonly (string | number)[]) => path.slice(0, -1).includes('attrs');

function expectSoundResult(result: ReadCaseFileResult): void {
  if (result.ok) {
    expect(result.file.format).toBe(caseFileFormatName);
    expect(result.file.version).toBe(currentCaseFileVersion);
    expect(
      result.migratedFrom === null || (Number.isInteger(result.migratedFrom) && result.migratedFrom >= 1 && result.migratedFrom < currentCaseFileVersion),
    ).toBe(true);
    // What was accepted is accepted again once written out: nothing half-valid slipped through.
    expect(readCaseFile(JSON.stringify(result.file))).toMatchObject({ ok: true });
    return;
  }
  expect(Array.isArray(result.errors)).toBe(true);
  expect(result.errors.length).toBeGreaterThanOrEqual(1);
  expect(result.errors.length).toBeLessThanOrEqual(20);
  for (const error of result.errors) {
    expectReadableMessage(error);
    // Each message names what it is about: the file as a whole, or a field ("case.dates.publication: …").
    expect(error.startsWith('The ') || error.includes(': '), `"${error}" does not say what it is about`).toBe(true);
  }
}

async function read(text: string): Promise<ReadCaseFileResult> {
  let result: ReadCaseFileResult | undefined;
  await withinBudget('readCaseFile', () => {
    try {
      result = readCaseFile(text);
    } catch (error) {
      throw new Error(`readCaseFile threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
    }
  });
  expectSoundResult(result!);
  return result!;
}

/** The outcome a single structured mutation allows. */
function expectOutcomeFits(applied: AppliedMutation, result: ReadCaseFileResult): void {
  if (applied.path === null) return expect(result.ok).toBe(true);
  const where = describePath(applied.path);
  switch (applied.kind) {
    case 'delete-key':
      if (result.ok) expect(optionalKeys.has(applied.key!) || insideFreeFormAttrs(applied.path), `deleting required ${where} was accepted`).toBe(true);
      break;
    case 'other-type':
      if (result.ok)
        expect(applied.after === null || insideFreeFormAttrs(applied.path), `${where} of another type (${JSON.stringify(applied.after)}) was accepted`).toBe(
          true,
        );
      break;
    case 'duplicate-element':
      if (uniqueIdCollections.has(where)) {
        expect(result.ok, `a duplicated ${where} element was accepted`).toBe(false);
        if (!result.ok) expect(result.errors.join(' ')).toMatch(/share|same/);
      }
      break;
    case 'version': {
      const version = applied.after as number;
      if (!Number.isInteger(version) || version < 1) {
        expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/version/)] });
      } else if (version > currentCaseFileVersion) {
        expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/newer version of CSPR Desk/)] });
      } else if (version <= (applied.before as number)) {
        // Older versions are migrated: the parts they lacked are replaced by empty ones. (Claiming a
        // later version than the content has leaves parts missing, which is refused or not by content.)
        expect(result).toMatchObject({ ok: true, migratedFrom: version === currentCaseFileVersion ? null : version });
      }
      break;
    }
    default:
      break;
  }
}

/** JSON nested deeper than JSON.stringify could write: "[[[[…]]]]" or {"a":{"a":…}}, 1,000 to 20,000 levels. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));

/** Any JSON value, serialised: fc.anything's undefined and other non-JSON values become text too. */
const anythingAsText = fc.anything().map((value) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
});

const topLevelKeys = Object.keys(sampleCase());

describe('readCaseFile on generated input', () => {
  it(
    'answers any text with a file or with messages, never a throw',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 300 }), fc.json(), anythingAsText, awkwardString), async (text) => {
          const result = await read(text);
          expect(result.ok).toBe(false);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers JSON nested thousands of levels deep, in any field of a case file',
    async () => {
      const fields = ['case', 'report', 'agencies', 'chronology', 'events', 'unknownField'];
      await fc.assert(
        fc.asyncProperty(deeplyNested, fc.constantFrom(...fields), fc.boolean(), async (nested, field, inSample) => {
          const text = inSample
            ? // Last, so that it is the value JSON.parse keeps for a field the sample has too.
              sampleCaseText.trimEnd().replace(/\}$/, `, "${field}": ${nested}}`)
            : `{"format":"${caseFileFormatName}","version":${currentCaseFileVersion},"${field}":${nested}}`;
          const result = await read(text);
          expect(result.ok).toBe(false);
        }),
        { numRuns: 100 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers any JSON wearing a case file envelope (format, version, the real top-level keys)',
    async () => {
      const envelope = fc.record(
        {
          format: fc.oneof(fc.constant(caseFileFormatName), awkwardString),
          version: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.jsonValue({ maxDepth: 1 })),
          ...Object.fromEntries(topLevelKeys.filter((key) => key !== 'format' && key !== 'version').map((key) => [key, fc.jsonValue({ maxDepth: 3 })])),
        },
        { requiredKeys: ['format', 'version'] },
      );
      await fc.assert(
        fc.asyncProperty(envelope, async (data) => {
          const result = await read(JSON.stringify(data));
          expect(result.ok).toBe(false);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );
});

describe('readCaseFile on mutations of the sample case file', () => {
  it('reads both starting points', () => {
    expect(readCaseFile(sampleCaseText).ok).toBe(true);
    expect(readCaseFile(JSON.stringify(richerSampleCase())).ok).toBe(true);
  });

  it(
    'accepts a mutated file only when the mutation kept it valid, and otherwise names the problem',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), fc.array(jsonMutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (richer, mutations, indent) => {
          const document = (richer ? richerSampleCase() : sampleCase()) as { [key: string]: Json };
          const applied = mutations.map((mutation) => applyJsonMutation(document, mutation));
          const result = await read(JSON.stringify(document, null, indent ? 2 : undefined));
          if (applied.length === 1) expectOutcomeFits(applied[0]!, result);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'refuses the sample text cut short, or with characters inserted, deleted or replaced, unless it still parses',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(textMutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const text = mutations.reduce(applyTextMutation, sampleCaseText);
          const result = await read(text);
          if (mutations.length === 1 && mutations[0]!.kind === 'truncate' && text.trim() !== sampleCaseText.trim()) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.errors[0]).toMatch(/empty|not valid JSON/);
          }
          // A byte-order mark is only allowed first, so only one wrapping is sure to stay valid.
          if (mutations.length === 1 && mutations[0]!.kind === 'wrap-whitespace') expect(result.ok).toBe(true);
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'migrates or refuses mutated files of every older format version',
    async () => {
      const olderFiles = [1, 2, 3, 4].map((version) => fixtureText(`case-file-v${version}.cspr.json`));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...olderFiles), fc.array(jsonMutation, { maxLength: 2 }), async (text, mutations) => {
          const document = JSON.parse(text) as { [key: string]: Json };
          const applied = mutations.map((mutation) => applyJsonMutation(document, mutation));
          const result = await read(JSON.stringify(document));
          if (applied.length === 0) expect(result).toMatchObject({ ok: true, migratedFrom: document.version });
          if (applied.length === 1) expectOutcomeFits(applied[0]!, result);
        }),
        { numRuns: 300 },
      );
    },
    propertyTimeoutMs,
  );
});

// Encrypted case files: the envelope is read before any key is derived, so malformed envelopes
// are cheap to refuse; only a well-formed one costs a key derivation (600,000 rounds).

const reasons = ['not-encrypted', 'damaged', 'wrong-passphrase'];

function expectSoundDecrypt(result: DecryptResult): void {
  if (result.ok) {
    expect(typeof result.text).toBe('string');
    return;
  }
  expect(reasons).toContain(result.reason);
  expectReadableMessage(result.message, 300);
}

async function decrypt(text: string, passphrase: string): Promise<DecryptResult> {
  let result: DecryptResult | undefined;
  await withinBudget('decryptCaseFileText', async () => {
    try {
      result = await decryptCaseFileText(text, passphrase);
    } catch (error) {
      throw new Error(`decryptCaseFileText threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
    }
  });
  expectSoundDecrypt(result!);
  return result!;
}

const base64Text = (minBytes: number, maxBytes: number) =>
  fc.uint8Array({ minLength: minBytes, maxLength: maxBytes }).map((bytes) => Buffer.from(bytes).toString('base64'));
/** Any iteration count a decrypt refuses before deriving a key. */
const refusedIterations = fc.oneof(
  fc.integer({ max: pbkdf2Iterations - 1 }),
  fc.integer({ min: 10_000_001 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 600_000.01, max: 9_999_999.99 }).filter((value) => !Number.isInteger(value)),
  fc.string({ maxLength: 10 }),
  fc.constant(null),
  fc.constant(Number.MAX_SAFE_INTEGER),
);
const maybeString = (known: string) => fc.oneof(fc.constant(known), awkwardString, fc.jsonValue({ maxDepth: 1 }));
const encryptedEnvelope = fc.record(
  {
    format: fc.oneof({ weight: 4, arbitrary: fc.constant(encryptedCaseFileFormat) }, awkwardString),
    version: fc.oneof(
      { weight: 3, arbitrary: fc.constant(1) },
      fc.jsonValue({ maxDepth: 1 }),
      fc.integer({ min: 5_000, max: 6_000 }).map((size) => '9'.repeat(size)),
    ),
    kdf: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          { name: maybeString('PBKDF2'), hash: maybeString('SHA-256'), iterations: refusedIterations, salt: fc.oneof(base64Text(0, 40), awkwardString) },
          { requiredKeys: [] },
        ),
      },
      fc.jsonValue({ maxDepth: 2 }),
    ),
    cipher: fc.oneof(
      { weight: 4, arbitrary: fc.record({ name: maybeString('AES-GCM'), iv: fc.oneof(base64Text(0, 20), awkwardString) }, { requiredKeys: [] }) },
      fc.jsonValue({ maxDepth: 2 }),
    ),
    ciphertext: fc.oneof(base64Text(0, 64), awkwardString, fc.jsonValue({ maxDepth: 1 })),
  },
  { requiredKeys: [] },
);

describe('decryptCaseFileText on generated envelopes', () => {
  it(
    'refuses any text or malformed envelope with a clear message, before deriving a key',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            anythingAsText,
            encryptedEnvelope.map((envelope) => JSON.stringify(envelope)),
            fc.tuple(encryptedEnvelope, textMutation).map(([envelope, mutation]) => applyTextMutation(JSON.stringify(envelope), mutation)),
            fc
              .tuple(fc.constantFrom('version', 'kdf', 'cipher', 'ciphertext'), deeplyNested)
              .map(([field, nested]) => `{"format":"${encryptedCaseFileFormat}","${field}":${nested}}`),
          ),
          fc.string({ maxLength: 30 }),
          async (text, passphrase) => {
            const result = await decrypt(text, passphrase);
            expect(result.ok).toBe(false);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'refuses a well-formed envelope around random bytes as a wrong passphrase or altered file',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          base64Text(16, 32),
          base64Text(12, 12),
          base64Text(16, 200),
          fc.string({ maxLength: 30 }),
          async (salt, iv, ciphertext, passphrase) => {
            const envelope = {
              format: encryptedCaseFileFormat,
              version: 1,
              kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: pbkdf2Iterations, salt },
              cipher: { name: 'AES-GCM', iv },
              ciphertext,
            };
            const result = await decrypt(JSON.stringify(envelope), passphrase);
            expect(result).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
          },
        ),
        { numRuns: 20 },
      );
    },
    propertyTimeoutMs,
  );
});

describe('decryptCaseFileText on mutations of a real encrypted case file', () => {
  const passphrase = 'correct horse battery staple';
  const encrypted = encryptCaseFileText(sampleCaseText, passphrase, pbkdf2Iterations);

  it('reads the untouched file back to the same case file', async () => {
    const result = await decrypt(await encrypted, passphrase);
    expect(result).toEqual({ ok: true, text: sampleCaseText });
    expect(readCaseFile(sampleCaseText).ok).toBe(true);
  });

  const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const envelopeMutation = fc.oneof(
    fc.record({ kind: fc.constant('flip-base64' as const), field: fc.constantFrom('ciphertext', 'salt', 'iv'), at: fc.nat(), char: fc.nat({ max: 63 }) }),
    fc.record({ kind: fc.constant('text' as const), mutation: textMutation }),
    fc.record({ kind: fc.constant('header' as const), field: fc.constantFrom('iterations', 'hash', 'name', 'version'), value: fc.jsonValue({ maxDepth: 1 }) }),
    fc.record({ kind: fc.constant('passphrase' as const), passphrase: fc.string({ maxLength: 40 }) }),
  );

  it(
    'never reads an altered file or a wrong passphrase, and says why',
    async () => {
      const original = await encrypted;
      await fc.assert(
        fc.asyncProperty(envelopeMutation, async (mutation) => {
          let text = original;
          let key = passphrase;
          const envelope = JSON.parse(original) as { kdf: Record<string, unknown>; cipher: Record<string, unknown>; ciphertext: string; version: unknown };
          if (mutation.kind === 'flip-base64') {
            const holder = (mutation.field === 'ciphertext' ? envelope : mutation.field === 'salt' ? envelope.kdf : envelope.cipher) as Record<string, unknown>;
            const field = mutation.field;
            const value = holder[field] as string;
            const body = value.replace(/=+$/, '');
            const at = mutation.at % body.length;
            holder[field] = body.slice(0, at) + base64Alphabet[mutation.char] + value.slice(at + 1);
            text = JSON.stringify(envelope);
          } else if (mutation.kind === 'text') {
            text = applyTextMutation(original, mutation.mutation);
          } else if (mutation.kind === 'header') {
            // A cheap refusal is wanted here: a header value that would still pass is pinned to one that does not.
            if (mutation.field === 'version') envelope.version = mutation.value === 1 ? 2 : mutation.value;
            else if (mutation.field === 'iterations')
              envelope.kdf.iterations = Number.isInteger(mutation.value) && (mutation.value as number) >= pbkdf2Iterations ? -1 : mutation.value;
            else envelope.kdf[mutation.field] = mutation.value === 'PBKDF2' || mutation.value === 'SHA-256' ? null : mutation.value;
            text = JSON.stringify(envelope);
          } else {
            key = mutation.passphrase;
          }
          const result = await decrypt(text, key);
          if (result.ok) {
            // Only an unchanged ciphertext and the right passphrase can authenticate.
            expect(key).toBe(passphrase);
            expect(result.text).toBe(sampleCaseText);
          }
        }),
        { numRuns: 20 },
      );
    },
    propertyTimeoutMs,
  );
});
