import type { Attendee } from './practitioner-event';

// The short names reviewers type after @ to say who spoke. Well-known roles get the abbreviation
// used in the sector; any other role gets its initials ("Family support worker" → "FSW").

const knownShortcuts: Record<string, string> = {
  'health visitor': 'HV',
  'social worker': 'SW',
  'general practitioner': 'GP',
  gp: 'GP',
  midwife: 'MW',
  'school nurse': 'SN',
  'designated safeguarding lead': 'DSL',
  'police officer': 'PC',
  'independent reviewing officer': 'IRO',
  paediatrician: 'PAED',
  'team manager': 'TM',
  'family support worker': 'FSW',
  'early help worker': 'EH',
  teacher: 'TCH',
  'head teacher': 'HT',
  headteacher: 'HT',
  mother: 'MUM',
  father: 'DAD',
  'named nurse': 'NN',
  'housing officer': 'HO',
  'probation officer': 'PO',
};

const minorWords = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'a', 'an']);

function baseShortcut(role: string): string {
  const key = role.trim().toLowerCase().replace(/\s+/g, ' ');
  const known = knownShortcuts[key];
  if (known) return known;
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !minorWords.has(word));
  if (words.length === 0) return 'P';
  if (words.length === 1) return words[0]!.slice(0, 3).toUpperCase();
  return words.map((word) => word[0]!.toUpperCase()).join('');
}

/** A shortcut for a new attendee that no other attendee of the event uses: "SW", then "SW2". */
export function suggestShortcut(role: string, others: readonly Pick<Attendee, 'shortcut'>[]): string {
  const taken = new Set(others.map((other) => other.shortcut.toUpperCase()));
  const base = baseShortcut(role);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** Shortcuts may hold letters, digits, hyphens and underscores, so `@HV` ends at the next space. */
export const shortcutPattern = /^[\p{L}\p{N}_-]+$/u;

/** Problems with an event's attendee shortcuts: empty, malformed or shared. */
export function shortcutProblems(attendees: readonly Attendee[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const attendee of attendees) {
    if (!shortcutPattern.test(attendee.shortcut)) {
      problems.push(`The shortcut for ${attendee.role || 'an attendee'} must be letters or digits, with no spaces.`);
      continue;
    }
    const key = attendee.shortcut.toUpperCase();
    const other = seen.get(key);
    if (other !== undefined) problems.push(`@${attendee.shortcut} is used for both ${other} and ${attendee.role}.`);
    else seen.set(key, attendee.role);
  }
  return problems;
}

/**
 * The attendees a partly typed @token could mean, best first: an exact shortcut, then shortcuts
 * and roles that start with it.
 */
export function matchingAttendees(token: string, attendees: readonly Attendee[]): Attendee[] {
  const wanted = token.toLowerCase();
  const exact = attendees.filter((attendee) => attendee.shortcut.toLowerCase() === wanted);
  const rest = attendees.filter(
    (attendee) => !exact.includes(attendee) && (attendee.shortcut.toLowerCase().startsWith(wanted) || attendee.role.toLowerCase().startsWith(wanted)),
  );
  return [...exact, ...rest];
}
