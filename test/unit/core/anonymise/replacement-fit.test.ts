import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../src/core/anonymise/anonymisation-checker';
import { appositionSpan, withoutApposition } from '../../../../src/core/anonymise/apposition';
import { dateGeneralisations } from '../../../../src/core/anonymise/date-generalisations';
import { parseRegisterCsv } from '../../../../src/core/anonymise/identifier-register';

// Replacements that fit the sentence: parts of one entry found as one span, names in apposition,
// dates said less precisely.

const register = (csv: string) => {
  const parsed = parseRegisterCsv(`kind,value,replacement,note\n${csv}`);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.identifiers;
};

describe('parts of one register entry side by side', () => {
  it('are one finding: the house and street, the town between, and the postcode', () => {
    const identifiers = register('address,"14 Elm Close, Townley, TE1 2AB",the family home,\n');
    const findings = checkText('They moved to 14 Elm Close, Townley TE1 2AB in May.', { identifiers });
    expect(findings.map((finding) => [finding.text, finding.replacement])).toEqual([['14 Elm Close, Townley TE1 2AB', 'the family home']]);
  });

  it('are one finding across a middle name not in the register, but two whole mentions stay two', () => {
    const identifiers = register('person,Ann Smith,the health visitor,\n');
    expect(checkText('Ann Louise Smith visited.', { identifiers }).map((finding) => finding.text)).toEqual(['Ann Louise Smith']);
    expect(checkText('Ann Smith, Ann Smith and Smith, Smith.', { identifiers }).map((finding) => finding.text)).toEqual([
      'Ann Smith',
      'Ann Smith',
      'Smith',
      'Smith',
    ]);
  });
});

describe('a name in apposition', () => {
  it('is removed with its commas, so the sentence reads on', () => {
    const text = 'The health visitor, Ann Smith, made a referral.';
    const span = appositionSpan(text, text.indexOf('Ann'), text.indexOf('Ann') + 'Ann Smith'.length);
    expect(span).not.toBeNull();
    expect(withoutApposition(text, span!)).toBe('The health visitor made a referral.');
    const end = 'The referral was made by the health visitor, Ann Smith.';
    expect(withoutApposition(end, appositionSpan(end, end.indexOf('Ann'), end.indexOf('Ann') + 9)!)).toBe('The referral was made by the health visitor.');
  });

  it('is not found where the name is the subject or in a list', () => {
    const subject = 'Ann Smith, the health visitor, made a referral.';
    expect(appositionSpan(subject, 0, 9)).toBeNull();
    const list = 'Present: Ann Smith, the social worker and the GP.';
    expect(appositionSpan(list, list.indexOf('Ann'), list.indexOf('Ann') + 9)).toBeNull();
  });
});

describe('a date said less precisely', () => {
  it('offers the month, the part of the year, the season, the year, and the child’s age then', () => {
    expect(dateGeneralisations('14 March 2021', { iso: '2018-11-22', name: 'Leo' })).toEqual([
      'in March 2021',
      'in early 2021',
      'in spring 2021',
      'in 2021',
      'when Leo was two',
    ]);
    expect(dateGeneralisations('on 6th December 2020')).toEqual(['in December 2020', 'in late 2020', 'in winter 2020–21', 'in 2020']);
    expect(dateGeneralisations('22/07/2019', { iso: '2018-11-22', name: 'Leo' }).at(-1)).toBe('when Leo was eight months old');
    expect(dateGeneralisations('the spring')).toEqual([]);
  });
});

describe('a surname several people share', () => {
  it('is the person whose first name comes before it, and one finding with them', () => {
    const identifiers = register('person,Lewis Thomas Harding,Child L,\nperson,Chantelle Louise Harding,Mother,\n');
    const findings = checkText('Chantelle Harding rang; Harding came; Chantelle Louise Harding wrote.', { identifiers });
    expect(findings.map((finding) => [finding.text, finding.replacement, finding.candidates?.length ?? 0])).toEqual([
      ['Chantelle Harding', 'Mother', 0],
      ['Harding', '', 2],
      ['Chantelle Louise Harding', 'Mother', 0],
    ]);
  });
});
