import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../../src/core/anonymise/aho-corasick';
import { checkText } from '../../../../src/core/anonymise/anonymisation-checker';
import { dateForms } from '../../../../src/core/anonymise/date-forms';
import { parseRegisterCsv, registerToCsv, type RegisteredIdentifier } from '../../../../src/core/anonymise/identifier-register';
import { soundsAlike, withinOneEdit } from '../../../../src/core/anonymise/name-variants';
import { isValidNhsNumber } from '../../../../src/core/anonymise/pattern-rules';
import { scoreFindings, type ExpectedSpan } from './support/score-findings';

function register(csv: string): RegisteredIdentifier[] {
  const parsed = parseRegisterCsv(`kind,value,replacement,note\n${csv}`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.identifiers;
}

const found = (text: string, identifiers: RegisteredIdentifier[], allow: string[] = []) =>
  checkText(text, { identifiers, allow }).map((finding) => finding.text);

describe('the register', () => {
  it('links an alias to the person above it, and writes back the same CSV', () => {
    const identifiers = register('person,Jordan Pike,Mr P,partner\nalias,JP,Mr P,nickname\n');
    expect(identifiers[1]).toMatchObject({ kind: 'alias', personId: identifiers[0]!.id });
    expect(registerToCsv(identifiers)).toBe('kind,value,replacement,note\r\nperson,Jordan Pike,Mr P,partner\r\nalias,JP,Mr P,nickname\r\n');
  });

  it('reports every malformed row by its row number', () => {
    const parsed = parseRegisterCsv('kind,value,replacement,note\nalias,Lewy,Leo,\nperson,,x,\nspaceship,Enterprise,,\n');
    expect(parsed).toEqual({
      ok: false,
      message: 'The register cannot be read: 3 rows have problems.',
      problems: [
        { row: 2, message: 'An alias must come after the person it belongs to.' },
        { row: 3, message: 'The value is empty.' },
        { row: 4, message: expect.stringContaining('“spaceship” is not a kind of identifier') },
      ],
    });
    expect(parseRegisterCsv('name,thing\nx,y\n')).toMatchObject({ ok: false, problems: [{ row: 1 }] });
  });
});

describe('registered values', () => {
  const people = register(
    'person,Lewis Thomas Harding,Leo,child\nperson,Jordan Pike,Mr P,\nalias,JP,Mr P,\nalias,Will,Grandad,\nperson,Ann Lloyd-Jones,Social Worker,\n',
  );

  it('finds a name in any case, with accents, as a possessive or plural, and each part alone', () => {
    expect(found('LEWIS was seen. Lewis’s coat. The Hardings moved. Thomas said. Léwis again.', people)).toEqual([
      'LEWIS',
      'Lewis',
      'Hardings',
      'Thomas',
      'Léwis',
    ]);
  });

  it('takes a title with the name, and finds each half of a hyphenated name', () => {
    expect(found('Mr Pike and Ms Lloyd-Jones met Ms Jones and Mrs Lloyd.', people)).toEqual(['Mr Pike', 'Ms Lloyd-Jones', 'Ms Jones', 'Mrs Lloyd']);
  });

  it('matches short aliases and everyday words only in their own case, and never inside longer words', () => {
    expect(found('JP was there; jp is not. Will came. The will to change. Christian annual Annex.', people)).toEqual(['JP', 'Will']);
    expect(found('Pikes Peak, spiked drinks', people)).toEqual(['Pikes']);
  });

  it('never flags the replacements themselves', () => {
    expect(found('Leo lived with Mr P and Grandad. The Social Worker visited.', people)).toEqual([]);
  });

  it('finds an address, its street with and without the number, abbreviated, and its postcode however spaced', () => {
    const home = register('address,"3 Larch Grove, Kingsmere, KM2 5RB",the family home,\n');
    const text = 'At 3 Larch Grove; Larch Grove; 3 Larch Gr; km25rb and KM2  5RB. Kingsmere is the town.';
    expect(checkText(text, { identifiers: home, partnership: 'Kingsmere Safeguarding Children Partnership' }).map((finding) => finding.text)).toEqual([
      '3 Larch Grove',
      'Larch Grove',
      '3 Larch Gr',
      'km25rb',
      'KM2  5RB',
    ]);
    // The town of the address is the family's too, unless it is the partnership's own area.
    expect(found(text, home).at(-1)).toBe('Kingsmere');
  });

  it('finds the distinctive part of a school or organisation name, but not the town alone', () => {
    const places = register('school,Holy Trinity C of E Infant School,the infant school,\norganisation,Kingsmere General Hospital,the hospital,\n');
    expect(found('Holy Trinity said; Kingsmere General Hospital; the Kingsmere partnership', places)).toEqual(['Holy Trinity', 'Kingsmere General Hospital']);
  });

  it('finds numbers however they are spaced or punctuated, but not inside longer numbers', () => {
    const numbers = register('other,612 345 6784,,NHS\nother,KM/19/221876,,police\n');
    expect(found('6123456784, 612-345-6784, 612 345 6784, km 19 221876, 96123456784', numbers)).toEqual([
      '6123456784',
      '612-345-6784',
      '612 345 6784',
      'km 19 221876',
    ]);
  });

  it('finds a registered date in any written form', () => {
    const birth = register('date,22/11/2018,,DOB\n');
    expect(found('22/11/2018, 22.11.18, 22 November 2018, 22nd Nov 2018, November 22, 2018, 2018-11-22, 22-11-2018', birth)).toHaveLength(7);
    expect(dateForms('2018-11-22')).toContain('22nd of november 2018');
  });
});

describe('a finding that could be more than one person', () => {
  const doe = register('person,Jane Doe,Mother,\nperson,Ella Doe,Child E,\nalias,Ella-Mae,Child E,\nperson,Kerry Barker,Aunt,\n');

  it('names each person a shared surname or a title with it could be, and suggests no replacement', () => {
    const findings = checkText('Mrs Doe told the health visitor that Doe was tired.', { identifiers: doe });
    expect(findings.map((finding) => [finding.text, finding.replacement, finding.identifierId, finding.rule])).toEqual([
      ['Mrs Doe', '', null, 'ambiguous'],
      ['Doe', '', null, 'ambiguous'],
    ]);
    expect(findings[0]!.candidates).toEqual([
      { identifierId: doe[0]!.id, value: 'Jane Doe', replacement: 'Mother' },
      { identifierId: doe[1]!.id, value: 'Ella Doe', replacement: 'Child E' },
    ]);
  });

  it('is one person when the whole name, or a part only one entry has, is written', () => {
    const findings = checkText('Ella Doe, Jane and Ella-Mae; Barker.', { identifiers: doe });
    expect(findings.map((finding) => [finding.text, finding.replacement])).toEqual([
      ['Ella Doe', 'Child E'],
      ['Jane', 'Mother'],
      ['Ella-Mae', 'Child E'],
      ['Barker', 'Aunt'],
    ]);
    expect(findings.every((finding) => finding.candidates === undefined)).toBe(true);
  });

  it('is not ambiguous when every entry it could be has the same replacement (a person and their alias)', () => {
    const same = register('person,Lewis Harding,Leo,\nalias,Louis Harding,Leo,\n');
    const [finding] = checkText('Harding was seen.', { identifiers: same });
    expect(finding).toMatchObject({ text: 'Harding', replacement: 'Leo' });
    expect(finding!.candidates).toBeUndefined();
  });
});

describe('spelling variants', () => {
  const people = register('person,Chantelle Harding,Mother,\nperson,Jordan Pike,Mr P,\nperson,Thomas Reid,Uncle,\nperson,Roksana Rahman,Aunt,\n');

  it('finds one-letter slips of names of five letters or more, sound-alikes and nicknames', () => {
    const findings = checkText('Chantele called. Jordon came. Roxana and Tom too.', { identifiers: people });
    expect(findings.map((finding) => [finding.text, finding.rule])).toEqual([
      ['Chantele', 'spelling-variant'],
      ['Jordon', 'spelling-variant'],
      ['Roxana', 'sounds-like'],
      ['Tom', 'nickname'],
    ]);
  });

  it('does not fire on ordinary words or short names one letter away', () => {
    expect(
      found(
        'Analysis of the Garden; Jordanian food? Piker. Pine. Lewes is a town. Tommy guns.',
        register('person,Jordan Pike,Mr P,\nperson,Dean Lowe,Uncle,\n'),
      ),
    ).toEqual([]);
    expect(withinOneEdit('pike', 'pine')).toBe(true);
    expect(soundsAlike('pyke', 'pike')).toBe(true);
    expect(soundsAlike('analysis', 'oneill')).toBe(false);
    expect(soundsAlike('ionut', 'anita')).toBe(false);
  });
});

describe('patterns, registered or not', () => {
  it.each([
    ['NHS number', 'NHS 943 476 5919 noted', '943 476 5919'],
    ['NHS number without spaces', 'ref 9434765919.', '9434765919'],
    ['National Insurance number', 'NI TP 71 48 20 A given', 'TP 71 48 20 A'],
    ['postcode', 'near SW1A 1AA today', 'SW1A 1AA'],
    ['mobile', 'call 07700 900982', '07700 900982'],
    ['mobile with +44', 'call +44 7700 900982', '+44 7700 900982'],
    ['mobile with +44 (0)', 'call +44 (0)7700 900 456', '+44 (0)7700 900 456'],
    ['landline', 'on 01632 960777.', '01632 960777'],
    ['email', 'write to chantelle.h@example.org please', 'chantelle.h@example.org'],
    ['vehicle registration', 'a car KM68 XRT outside', 'KM68 XRT'],
  ])('finds a %s', (_name, text, expected) => {
    expect(found(text, [])).toContain(expected);
  });

  it.each([
    ['a ten-digit number failing the NHS check digit', 'invoice 943 476 5918'],
    ['a year range', 'between 2018 and 2023'],
    ['a paragraph number', 'see 4.3 and 12.1'],
    ['an acronym', 'MASH and CAMHS and ICPC'],
  ])('does not fire on %s', (_name, text) => {
    expect(found(text, [])).toEqual([]);
  });

  it('checks NHS numbers with the modulus-11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('flags likely names and places the register does not hold, but not the allow list', () => {
    expect(found('Dr Samuel Okoro saw PC Hughes at Oak Tree Primary and Meadowbank Surgery on Mill Lane.', [])).toEqual([
      'Dr Samuel Okoro',
      'PC Hughes',
      'Oak Tree Primary',
      'Meadowbank Surgery',
      'Mill Lane',
    ]);
    expect(found('The Multi-Agency Safeguarding Hub and the Children Act 1989 and Working Together to Safeguard Children 2018.', [])).toEqual([]);
    expect(found('Leeds model and Mr P and Mr P’s view', [])).toEqual([]);
    expect(found('Sunny Vale Nursery', [], ['Sunny Vale Nursery'])).toEqual([]);
  });

  it('marks full calendar dates as low severity, suggesting month and year', () => {
    expect(
      checkText('seen on 6 December 2020 and 14/10/2022; in March 2021 too', { identifiers: [] }).map((finding) => [
        finding.text,
        finding.severity,
        finding.replacement,
      ]),
    ).toEqual([
      ['6 December 2020', 'low', 'the month and year'],
      ['14/10/2022', 'low', 'the month and year'],
    ]);
  });
});

describe('the multi-pattern automaton', () => {
  it('finds every pattern, overlapping ones included', () => {
    const automaton = new Automaton<string>();
    for (const word of ['he', 'she', 'his', 'hers']) automaton.add(word, word);
    expect(automaton.search('ushers').map((match) => [match.payload, match.start, match.end])).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });
});

/** The checker's score on an annotated case of test/fixtures/anonymise, and its recall on a tier (1 when the case has none). */
function scoreAnnotatedCase(name: string) {
  const folder = resolve(import.meta.dirname, '../../../fixtures/anonymise', name);
  const identifiers = parseRegisterCsv(readFileSync(resolve(folder, 'register.csv'), 'utf8'));
  if (!identifiers.ok) throw new Error('bad register');
  const text = readFileSync(resolve(folder, 'report.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(resolve(folder, 'expected.json'), 'utf8')) as ExpectedSpan[];
  const score = scoreFindings(checkText(text, { identifiers: identifiers.identifiers }), expected);
  const rate = (tier: string) => (score.recall[tier] ? score.recall[tier].found / score.recall[tier].total : 1);
  return { score, rate };
}

describe('annotated cases', () => {
  // Written independently of the checker (issue 17); their figures, case by case, are in `npm run bench`.
  it.each(['case-n', 'case-p', 'case-r'])('keeps its reach on %s: tier A nearly all, B ≥ 90%, C ≥ 90%, D ≥ 70%, precision ≥ 95%', (name) => {
    const { score, rate } = scoreAnnotatedCase(name);
    expect(rate('A')).toBeGreaterThanOrEqual(0.97);
    expect(rate('B')).toBeGreaterThanOrEqual(0.9);
    expect(rate('C')).toBeGreaterThanOrEqual(0.9);
    expect(rate('D')).toBeGreaterThanOrEqual(0.7);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.negativesHit.length).toBeLessThanOrEqual(2);
  });

  // Held out at first, then tuned on (their first scores are in docs/ANONYMISATION-SCORES.md): what was reached is kept.
  it.each([
    ['case-s', { A: 1, B: 0.9, D: 0.85, negatives: 1 }],
    ['case-t', { A: 0.97, B: 0.85, D: 0.75, negatives: 0 }],
    ['case-u', { A: 1, B: 0.9, D: 0.95, negatives: 4 }],
    ['case-v', { A: 1, B: 0.9, D: 0.9, negatives: 1 }],
    ['case-w', { A: 1, B: 0.9, D: 0.75, negatives: 0 }],
    ['case-x', { A: 1, B: 0.95, D: 0.8, negatives: 3 }],
  ] as const)('keeps what was reached on %s', (name, floor) => {
    const { score, rate } = scoreAnnotatedCase(name);
    expect(rate('A')).toBeGreaterThanOrEqual(floor.A);
    expect(rate('B')).toBeGreaterThanOrEqual(floor.B);
    expect(rate('C')).toBe(1);
    expect(rate('D')).toBeGreaterThanOrEqual(floor.D);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.negativesHit.length).toBeLessThanOrEqual(floor.negatives);
  });

  it.each(['case-l', 'case-m'])('meets the quality bar on %s', (name) => {
    const { score, rate } = scoreAnnotatedCase(name);
    expect(score.missed.filter((span) => span.tier === 'A')).toEqual([]);
    expect(rate('B')).toBeGreaterThanOrEqual(0.9);
    expect(rate('C')).toBeGreaterThanOrEqual(0.9);
    expect(rate('D')).toBeGreaterThanOrEqual(0.6);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.negativesHit).toEqual([]);
  });
});
