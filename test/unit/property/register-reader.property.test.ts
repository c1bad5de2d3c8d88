import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnonymisationChecker } from '../../../src/core/anonymise/anonymisation-checker';
import {
  identifierKinds,
  parseRegisterCsv,
  registerToCsv,
  type ParsedRegister,
  type RegisteredIdentifier,
} from '../../../src/core/anonymise/identifier-register';
import type { Finding } from '../../../src/core/anonymise/finding';
import { sampleRegisterText } from './support/fixtures';
import { applyTextEdit, nameParts, registerCsv, textAround, textEdit } from './support/register-files';
import { callBudgetMs, expectReadableMessage, propertyTimeoutMs } from './support/time-budget';

// The register of identifiers is imported from CSV: a malformed one is refused row by row, and
// whatever register is accepted, the checker built from it answers any text with sound spans.

function parse(text: string): ParsedRegister {
  const started = performance.now();
  let parsed: ParsedRegister;
  try {
    parsed = parseRegisterCsv(text);
  } catch (error) {
    throw new Error(`parseRegisterCsv threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  expect(performance.now() - started).toBeLessThan(callBudgetMs);
  if (parsed.ok) {
    const ids = new Set<string>();
    const people = new Set<string>();
    for (const identifier of parsed.identifiers) {
      expect(identifierKinds).toContain(identifier.kind);
      expect(identifier.value).not.toBe('');
      expect(identifier.value).toBe(identifier.value.trim());
      expect(typeof identifier.replacement).toBe('string');
      expect(typeof identifier.note).toBe('string');
      expect(ids.has(identifier.id), `id ${identifier.id} twice`).toBe(false);
      ids.add(identifier.id);
      // An alias belongs to a person above it; nothing else belongs to anyone.
      if (identifier.kind === 'alias') expect(people.has(identifier.personId ?? '')).toBe(true);
      else expect(identifier.personId).toBeNull();
      if (identifier.kind === 'person') people.add(identifier.id);
    }
  } else {
    expect(parsed.problems.length).toBeGreaterThanOrEqual(1);
    for (const problem of parsed.problems) {
      expect(Number.isInteger(problem.row) && problem.row >= 1, `problem row ${problem.row}`).toBe(true);
      expectReadableMessage(problem.message);
    }
  }
  return parsed;
}

function check(identifiers: readonly RegisteredIdentifier[], text: string, allow: readonly string[] = []): Finding[] {
  const started = performance.now();
  let findings: Finding[];
  try {
    findings = new AnonymisationChecker({ identifiers, allow }).check(text);
  } catch (error) {
    throw new Error(`the checker threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  expect(performance.now() - started).toBeLessThan(callBudgetMs);
  let previousEnd = 0;
  for (const finding of findings) {
    expect(Number.isInteger(finding.start) && Number.isInteger(finding.end)).toBe(true);
    expect(
      0 <= finding.start && finding.start < finding.end && finding.end <= text.length,
      `span ${finding.start}–${finding.end} in a text of ${text.length}`,
    ).toBe(true);
    expect(finding.text).toBe(text.slice(finding.start, finding.end));
    // A span is the words found, not the space after them.
    expect(finding.text.trim(), `finding "${finding.text}" (${finding.rule})`).toBe(finding.text);
    // One finding per span, in text order.
    expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = finding.end;
    expect(['high', 'medium', 'low']).toContain(finding.severity);
    expect(finding.identifierId === null || identifiers.some((identifier) => identifier.id === finding.identifierId)).toBe(true);
  }
  return findings;
}

const sampleRegister = (() => {
  const parsed = parseRegisterCsv(sampleRegisterText);
  if (!parsed.ok) throw new Error('the sample register does not read');
  return parsed.identifiers;
})();

describe('parseRegisterCsv', () => {
  it(
    'reads generated registers into sound identifiers, or refuses them row by row',
    async () => {
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(registerCsv, async (text) => {
          const parsed = parse(text);
          if (!parsed.ok) return;
          accepted += 1;
          // What was accepted writes back out to a register that reads the same.
          const fields = (register: ParsedRegister) =>
            register.ok
              ? register.identifiers.map(({ kind, value, replacement, note, personId }) => [kind, value, replacement, note, personId])
              : register.problems;
          expect(fields(parse(registerToCsv(parsed.identifiers)))).toEqual(fields(parsed));
        }),
        { numRuns: 1000 },
      );
      expect(accepted).toBeGreaterThan(50);
    },
    propertyTimeoutMs,
  );

  it(
    'reads the sample register with characters, lines and quotes deleted, inserted, swapped or cut off',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 4 }), async (edits) => {
          parse(edits.reduce(applyTextEdit, sampleRegisterText));
        }),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers any text at all, and cells far longer than any real one',
    async () => {
      const long = fc
        .tuple(fc.constantFrom('x', 'ab ', '"', ','), fc.integer({ min: 5_000, max: 100_000 }))
        .map(([unit, size]) => unit.repeat(Math.ceil(size / unit.length)));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary', maxLength: 200 }),
            long.map((cell) => `kind,value,replacement,note\n"${cell.replace(/"/g, '""')}",Lewis,,\n`),
            long.map((cell) => `kind,value,replacement,note\nperson,"${cell.replace(/"/g, '""')}",Leo,\n`),
            long.map((cell) => `kind,value\n${cell}`),
          ),
          async (text) => {
            parse(text);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );
});

describe('the anonymisation checker built from any accepted register', () => {
  it(
    'answers any text with findings that are real spans of it',
    async () => {
      const accepted = registerCsv.map((text) => parseRegisterCsv(text)).filter((parsed): parsed is Extract<ParsedRegister, { ok: true }> => parsed.ok);
      const text = (identifiers: RegisteredIdentifier[]) =>
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.lorem({ maxCount: 30 }),
          textAround(identifiers.map((identifier) => identifier.value)),
        );
      await fc.assert(
        fc.asyncProperty(
          accepted.chain(({ identifiers }) => fc.tuple(fc.constant(identifiers), text(identifiers), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }))),
          async ([identifiers, input, allow]) => {
            check(identifiers, input, allow);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers texts of registered names as written, misspelt, capitalised and run into other words',
    async () => {
      const people = fc.uniqueArray(fc.constantFrom(...nameParts), { minLength: 1, maxLength: 4 }).map((names) =>
        names.map((value, index): RegisteredIdentifier => ({
          id: `id-${index + 1}`,
          kind: 'person',
          value,
          replacement: `Person ${index + 1}`,
          note: '',
          personId: null,
        })),
      );
      await fc.assert(
        fc.asyncProperty(
          people.chain((identifiers) => fc.tuple(fc.constant(identifiers), textAround(identifiers.map((identifier) => identifier.value)))),
          async ([identifiers, input]) => {
            check(identifiers, input);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );

  it(
    'answers texts written around the sample register’s values, as written and misspelt',
    async () => {
      const values = sampleRegister.map((identifier) => identifier.value);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(textAround(values), fc.lorem({ mode: 'sentences', maxCount: 10 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
          async (input) => {
            check(sampleRegister, input);
          },
        ),
        { numRuns: 1000 },
      );
    },
    propertyTimeoutMs,
  );
});
