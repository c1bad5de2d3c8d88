import type { RegisteredIdentifier } from '../../../core/anonymise/identifier-register';
import { parseUkDate } from '../../../core/dates/parse-uk-date';
import type { ChildBirth } from './review-findings';

/**
 * The child's birth date, from the register: a date whose note says it is a birth date ("date of
 * birth", "DOB", "born"), with the review's pseudonym as the child's name; null when there is none.
 */
export function childBirth(identifiers: readonly RegisteredIdentifier[], reviewName: string): ChildBirth {
  const birth = identifiers.find((identifier) => identifier.kind === 'date' && /birth|\bdob\b|born/i.test(identifier.note));
  if (!birth) return null;
  const parsed = parseUkDate(birth.value);
  return parsed.ok ? { iso: parsed.iso, name: reviewName } : null;
}
