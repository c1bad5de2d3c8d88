import { useUiStore } from '../app/ui-store';
import { useEventsUiStore } from './events-ui-store';

/** Follows a link from the report back to its note: opens the event with the note in view. */
export function openEventNote(caseId: string, eventId: string, noteId: string): void {
  const events = useEventsUiStore.getState();
  events.clearFilter();
  events.focusNote(noteId);
  useUiStore.getState().navigate({ name: 'case', caseId, part: 'events', itemId: eventId });
}
