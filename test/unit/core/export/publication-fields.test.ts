import { describe, expect, it } from 'vitest';
import { readCsvParts, readDocxParts } from '../../../../src/core/anonymise/written-file-text';
import type { CaseFile } from '../../../../src/core/case-file/case-file-format';
import { readCaseFile } from '../../../../src/core/case-file/read-case-file';
import { checkPublishedDocument } from '../../../../src/core/export/publication-check';
import { readinessOverrideAction, readinessProblems } from '../../../../src/core/export/publication-readiness';
import { composeRequest, publish, renderRequest, requestReadiness, type PublishRequest } from '../../../../src/core/export/publish';
import { fullCase } from '../../support/full-case';

// Nothing identifying leaves, field by field. The test walks the case file itself (every text
// field of a case that has something in every part of the format), not a list of fields: it
// puts a registered name into one field at a time and asks for every published output. Either
// the publication is refused and the refusal names that field, or the name is nowhere in the
// written file. Fields the format does not accept a name in (ids, dates, fixed values) are
// refused by the case file reader and skipped. A name that makes the report not ready for
// publication (in the key of an overridden readiness item) refuses it for that instead.

const outputs: { name: string; request: PublishRequest }[] = [
  { name: 'report', request: { output: 'report', options: { kind: 'publication', appendices: ['chronology', 'glossary'], recommendationsByAgency: true } } },
  { name: 'action plan (Word)', request: { output: 'action-plan', format: 'docx' } },
  { name: 'action plan (CSV)', request: { output: 'action-plan', format: 'csv' } },
  { name: '7-minute briefing', request: { output: 'briefing' } },
];

/** Every string in the case file, by its path ("chronology.entries[3].agency"). */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, path ? `${path}.${key}` : key));
  return [];
}

const keysOf = (path: string) => path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');

function setAt(file: CaseFile, path: string, update: (value: string) => string): CaseFile {
  const copy = structuredClone(file) as unknown as Record<string, unknown>;
  const keys = keysOf(path);
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((value, key) => value[key] as Record<string, unknown>, copy);
  const last = keys.at(-1)!;
  parent[last] = update(String(parent[last]));
  return copy as unknown as CaseFile;
}

/** The field a path is an instance of: "chronology.entries[].agency". */
const fieldOf = (path: string) => path.replace(/\[\d+\]/g, '[]');

/**
 * A made-up name for the nth field, unlike any word of the case. Its surname is "Quillorb", the
 * index in letters a–p, then "z": no surname is inside another, so finding one in a text is
 * proof of that field, even where it runs into the next word.
 */
function plantedName(index: number): string {
  let letters = '';
  for (let n = index; ; n = Math.floor(n / 16) - 1) {
    letters = String.fromCharCode(97 + (n % 16)) + letters;
    if (n < 16) break;
  }
  return `Zephyx${letters}z Quillorb${letters}z`;
}

const registered = (name: string, index: number): CaseFile['anonymisation']['identifiers'][number] => ({
  id: `planted-${index}`,
  kind: 'person',
  value: name,
  replacement: 'Person Q',
  note: '',
  personId: null,
  order: 1000 + index,
});

/** Whether a text holds the planted name's surname. */
const holds = (text: string, name: string) => text.includes(name.split(' ')[1]!);

const plant = (file: CaseFile, path: string, name: string) => setAt(file, path, (value) => (value === '' ? name : `${value} ${name}`));

/** All the text a written output holds, in every part (body, headers, footers, properties). */
async function writtenText(file: CaseFile, request: PublishRequest, gated: boolean): Promise<string> {
  let bytes: Uint8Array;
  if (gated) {
    const result = await publish(file, request);
    if (!result.ok) throw new Error(`Refused: ${result.findings.map((finding) => `${finding.where}: ${finding.text}`).join('; ')}`);
    bytes = result.contents;
  } else bytes = await renderRequest(composeRequest(file, request), request);
  const parts = request.output === 'action-plan' && request.format === 'csv' ? readCsvParts(new TextDecoder().decode(bytes)) : readDocxParts(bytes);
  return parts.flatMap((part) => part.paragraphs).join('\n');
}

interface FieldVerdict {
  path: string;
  name: string;
  /** The refusal named this field (or the block holding it). */
  refusedNamingField: boolean;
  /** Refused, but no finding said it was in this field. */
  refusedElsewhere: string[];
}

function verdict(base: CaseFile, path: string, index: number): FieldVerdict {
  const name = plantedName(index);
  const file = plant(base, path, name);
  file.anonymisation.identifiers.push(registered(name, index));
  const findings = outputs.flatMap(({ request }) => checkPublishedDocument(composeRequest(file, request), file.anonymisation).unresolved);
  const named = findings.some((finding) => finding.fields.some((field) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`)));
  const toFinish = outputs.flatMap(({ request }) => requestReadiness(file, request)).map((problem) => `to finish: ${problem.key}`);
  return {
    path,
    name,
    refusedNamingField: named,
    refusedElsewhere: named ? [] : [...toFinish, ...findings.map((finding) => `${finding.where}: ${finding.text} (${finding.fields.join(', ')})`)],
  };
}

async function walk(base: CaseFile) {
  expect(readCaseFile(JSON.stringify(base)).ok).toBe(true);
  for (const { request } of outputs) expect((await publish(base, request)).ok).toBe(true);
  const accepted = new Map<string, boolean>();
  const paths = stringPaths(base).filter((path) => {
    const field = fieldOf(path);
    // Whether the format takes a name in this field: asked once per field, of its first instance.
    if (!accepted.has(field)) accepted.set(field, readCaseFile(JSON.stringify(plant(base, path, plantedName(0)))).ok);
    return accepted.get(field)!;
  });
  const verdicts = paths.map((path, index) => verdict(base, path, index));

  // Every field not refused, all at once, each with its own registered name: published, and none of the names in any file.
  const through = verdicts.filter((item) => !item.refusedNamingField && item.refusedElsewhere.length === 0);
  let quiet = base;
  through.forEach((item, index) => {
    quiet = plant(quiet, item.path, item.name);
    quiet.anonymisation.identifiers.push(registered(item.name, index));
  });
  const leaked: string[] = [];
  for (const { name, request } of outputs) {
    const text = await writtenText(quiet, request, true);
    for (const item of through) if (holds(text, item.name)) leaked.push(`${name}: ${item.path}`);
  }

  // A field whose name changes what else is found (a register entry's replacement no longer
  // allowed in the text, say) is refused for that other finding: its own name must not be printed.
  const elsewhere = verdicts.filter((item) => !item.refusedNamingField && item.refusedElsewhere.length > 0);
  const ungated = async (items: readonly FieldVerdict[]) => {
    let file = base;
    items.forEach((item) => (file = plant(file, item.path, item.name)));
    const text = (await Promise.all(outputs.map(({ request }) => writtenText(file, request, false)))).join('\n');
    return items.filter((item) => holds(text, item.name));
  };
  leaked.push(...(await ungated(elsewhere)).map((item) => `printed unchecked: ${item.path}`));

  // The refused fields, all at once, written without the check: which of them the documents really print.
  const refused = verdicts.filter((item) => item.refusedNamingField);
  const printed = await ungated(refused);

  const fields = (items: readonly { path: string }[]) => new Set(items.map((item) => fieldOf(item.path)));
  return {
    verdicts,
    leaked,
    printedFields: [...fields(printed)].sort(),
    figures: {
      strings: stringPaths(base).length,
      freeTextFields: fields(verdicts).size,
      printed: fields(printed).size,
      checked: fields(refused).size,
      printedPaths: printed.length,
      checkedPaths: refused.length,
    },
  };
}

describe('every field of the case file format, with a registered name in it', () => {
  it('is refused for publication naming the field, or is nowhere in the published files', { timeout: 120_000 }, async () => {
    const { leaked, figures, printedFields } = await walk(fullCase());
    expect(printedFields).toEqual(
      expect.arrayContaining([
        'agencies[].name',
        'chronology.entries[].agency',
        'chronology.episodes[].title',
        'report.content.content[].content[].content[].attrs.label',
        'report.titlePage.reviewers[]',
      ]),
    );
    expect(leaked).toEqual([]);
    // The walk reached every part: the report body, title page, agencies, recommendations, chronology, episodes.
    expect(figures.printed).toBeGreaterThan(15);
    expect(figures.freeTextFields).toBeGreaterThan(80);
    console.log(
      `Case file fields (with a report): ${figures.strings} strings, ${figures.freeTextFields} text fields the format accepts a name in; ${figures.printed} of them printed in a published file; ${figures.checked} checked by the publication gate (${figures.printedPaths} / ${figures.checkedPaths} instances).`,
    );
  });

  it('before the report is first opened, the title page comes from the case, and is checked there', { timeout: 60_000 }, async () => {
    const base: CaseFile = { ...fullCase(), report: null, reportVersions: [] };
    // Its statutory sections are empty: published only as the reviewer's override, recorded in the audit log.
    readinessProblems(base).forEach((problem, index) =>
      base.anonymisation.log.push({
        id: `override-${index}`,
        at: '2024-06-02T09:00:00.000Z',
        action: readinessOverrideAction,
        text: problem.key,
        replacement: '',
        reason: 'Published before the report was written',
        count: 1,
      }),
    );
    expect(base.anonymisation.log.length).toBeGreaterThan(1);
    const { verdicts, leaked } = await walk(base);
    expect(leaked).toEqual([]);
    expect(verdicts.filter((item) => item.refusedNamingField).map((item) => item.path)).toEqual(
      expect.arrayContaining(['case.reviewName', 'case.partnership', 'case.reviewers[0]']),
    );
  });
});
