import type { EventNote, PractitionerEvent } from '../../../src/core/events/practitioner-event';

const phrases = [
  'The family moved twice that year and growth checks were missed',
  'Staff noticed the child was hungry most mornings',
  'The referral was closed after one home visit',
  'Supervision did not record the weight concern',
  'School and health visiting did not share the growth chart',
  'Mother said nobody asked what it was like at home',
  'Thresholds felt high and the team was carrying vacancies',
  'The practitioner remembered the child drawing the kitchen empty',
];
const tagSets = [['learning'], ['voiceofchild'], ['systemic', 'learning'], [], ['question'], ['goodpractice'], ['family'], ['action']];

/** A fictional event with three attendees and `count` notes, as stored rows. */
export function generateEventNotes(caseId: string, count: number): { event: PractitionerEvent; notes: EventNote[] } {
  const attendees = [
    { id: 'a-hv', role: 'Health visitor', agency: 'Health visiting service', name: '', shortcut: 'HV' },
    { id: 'a-sw', role: 'Social worker', agency: "Children's social care", name: '', shortcut: 'SW' },
    { id: 'a-dsl', role: 'Designated safeguarding lead', agency: 'Kingsmere Primary School', name: '', shortcut: 'DSL' },
  ];
  const event: PractitionerEvent = {
    id: 'bench-event',
    caseId,
    type: 'learning-event',
    date: '2024-03-14',
    place: 'A community venue',
    attendees,
    agenda: [{ id: 'agenda-1', text: 'What was known about growth at each contact?', done: false }],
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-14T09:00:00.000Z',
  };
  const notes = Array.from({ length: count }, (_, index): EventNote => {
    const minutes = 9 * 60 + Math.floor(index / 8);
    return {
      id: `bench-note-${index}`,
      caseId,
      eventId: event.id,
      order: index,
      at: `2024-03-14T${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`,
      text: `${phrases[index % phrases.length]} (point ${index + 1}).`,
      attendeeId: index % 4 === 3 ? null : attendees[index % 4]!.id,
      tags: tagSets[index % tagSets.length]!,
      themeId: null,
      sentTo: null,
    };
  });
  return { event, notes };
}
