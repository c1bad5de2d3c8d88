// The sections of an LCSPR overview report, in the fixed order the guidance expects
// (Working Together to Safeguard Children). Their keys are stored in the document: never rename one.

export const statutorySectionKeys = [
  'introduction',
  'overview',
  'analysis',
  'agencies-together',
  'practice-in-general',
  'done-differently',
  'recommendations',
] as const;

export type StatutorySectionKey = (typeof statutorySectionKeys)[number];

export interface StatutorySectionDefinition {
  key: StatutorySectionKey;
  title: string;
  /** What the section must cover, in our own words, shown to the reviewer as a prompt. */
  guidance: string[];
}

export const statutorySections: readonly StatutorySectionDefinition[] = [
  {
    key: 'introduction',
    title: 'Introduction',
    guidance: [
      'Why the review was held: the incident, the decision of the rapid review and the partners.',
      'Terms of reference: the scope period and the questions the review set out to answer.',
      'Methodology: the approach used (for example a systems approach) and what was read.',
      'Who took part: agencies, practitioners, and how the family (and any surviving children) were involved.',
      'The reviewer and their independence.',
    ],
  },
  {
    key: 'overview',
    title: 'Overview of what happened',
    guidance: [
      'The background and the key circumstances, in date order, in plain English.',
      'The context of the child’s life: family, home, school, health.',
      'The child’s lived experience and, where known, their voice.',
    ],
  },
  {
    key: 'analysis',
    title: 'Analysis of systemic or underlying reasons',
    guidance: [
      'Why actions were taken or not taken, not only what happened: the systemic or underlying reasons.',
      'Often organised by key practice episode or by theme.',
      'What helped and what hindered practitioners at the time (workload, thresholds, information, supervision).',
    ],
  },
  {
    key: 'agencies-together',
    title: 'How agencies worked together',
    guidance: [
      'A critique of how the agencies worked together: information sharing, referrals, meetings, escalation.',
      'Any shortcomings, and good practice found.',
    ],
  },
  {
    key: 'practice-in-general',
    title: 'Whether the shortcomings are features of practice in general',
    guidance: [
      'Whether the shortcomings found are particular to this case, or features of practice across the area or nationally.',
      'Evidence for that judgement (audits, other reviews, practitioners’ accounts).',
    ],
  },
  {
    key: 'done-differently',
    title: 'What would need to be done differently',
    guidance: ['What would need to change to prevent harm in similar circumstances.', 'Learning for each agency and for the partnership as a whole.'],
  },
  {
    key: 'recommendations',
    title: 'Recommendations',
    guidance: [
      'Few and meaningful recommendations, each with the agency or agencies responsible and a target date.',
      'Each should say how the partners will know whether things have changed.',
    ],
  },
];

export function statutorySectionDefinition(key: StatutorySectionKey): StatutorySectionDefinition {
  const definition = statutorySections.find((section) => section.key === key);
  if (!definition) throw new RangeError(`Unknown statutory section "${key}".`);
  return definition;
}

export function isStatutorySectionKey(key: string): key is StatutorySectionKey {
  return (statutorySectionKeys as readonly string[]).includes(key);
}
