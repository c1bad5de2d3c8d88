import { useChronologyUiStore } from '../chronology/chronology-ui-store';
import { useUiStore } from '../app/ui-store';

/** Follows a reference from the report: opens the chronology at the entry, or filtered to the episode. */
export function openChronologyReference(caseId: string, kind: string, refId: string): void {
  const chronology = useChronologyUiStore.getState();
  chronology.clearFilter();
  if (kind === 'episode') {
    chronology.setFilter({ episodeId: refId });
    chronology.select(null);
  } else {
    chronology.select(refId);
  }
  useUiStore.getState().navigate({ name: 'case', caseId, part: 'chronology' });
}

/** The reference at a clicked element, if the click was on one. */
export function referenceAt(target: EventTarget | null): { kind: string; refId: string } | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-chronology-ref]') : null;
  if (!element) return null;
  return { kind: element.dataset.refKind ?? 'entry', refId: element.dataset.refId ?? '' };
}
