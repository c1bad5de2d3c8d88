import { formatLongUkDate } from '../../core/dates/format-uk-date';
import { eventTypeLabels, type PractitionerEvent } from '../../core/events/practitioner-event';

/** "Practitioner learning event, 14 March 2024". */
export function eventTitle(event: Pick<PractitionerEvent, 'type' | 'date'>): string {
  return `${eventTypeLabels[event.type]}, ${formatLongUkDate(event.date)}`;
}
