import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseRegisterCsv, type RegisteredIdentifier } from '../../../src/core/anonymise/identifier-register';

const firstNames = [
  'Ayla',
  'Brodie',
  'Cerys',
  'Dmitri',
  'Eliza',
  'Fintan',
  'Greta',
  'Hamza',
  'Isla',
  'Jasper',
  'Kenji',
  'Lorna',
  'Malik',
  'Nerys',
  'Orla',
  'Piotr',
  'Quinn',
  'Rhian',
  'Soren',
  'Tamsin',
];
const surnames = [
  'Ashdown',
  'Blackwood',
  'Carraway',
  'Dunmore',
  'Everly',
  'Fairbairn',
  'Gillespie',
  'Holloway',
  'Ingleby',
  'Jessop',
  'Kettering',
  'Lindqvist',
  'Marchetti',
  'Norcross',
];

/** A fictional register of `size` entries: the sample case's, then generated people, addresses and schools. */
export function benchRegister(size: number): RegisteredIdentifier[] {
  const parsed = parseRegisterCsv(readFileSync(resolve(import.meta.dirname, '../../fixtures/anonymise/case-l/register.csv'), 'utf8'));
  if (!parsed.ok) throw new Error('The sample register does not parse.');
  const identifiers = [...parsed.identifiers];
  for (let index = 0; identifiers.length < size; index += 1) {
    const kind = index % 7 === 0 ? 'address' : index % 11 === 0 ? 'school' : 'person';
    const last = surnames[Math.floor(index / firstNames.length) % surnames.length]!;
    const value =
      kind === 'address'
        ? `${index + 1} ${last} Road, Westbury, WB${(index % 9) + 1} ${index % 10}QT`
        : kind === 'school'
          ? `${last} Park Primary School`
          : `${firstNames[index % firstNames.length]} ${last}`;
    identifiers.push({ id: `extra-${index}`, kind, value, replacement: `Person ${index}`, note: '', personId: null });
  }
  return identifiers;
}
