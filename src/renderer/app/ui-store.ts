import { create } from 'zustand';

// UI state only (where the reviewer is, the last announcement). Persisted data is read from
// Dexie with live queries, never copied here.

/** `itemId` opens one thing within the part (an event), so a reload keeps the reviewer there. */
export type Route = { name: 'cases' } | { name: 'case'; caseId: string; part: CasePart; itemId?: string };
export const caseParts = ['overview', 'report', 'recommendations', 'chronology', 'events', 'identifiers', 'export'] as const;
export type CasePart = (typeof caseParts)[number];

export interface Announcement {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

interface UiState {
  route: Route;
  announcement: Announcement | null;
  navigate(route: Route): void;
  announce(text: string, tone?: Announcement['tone']): void;
}

export function routeFromHash(hash: string): Route {
  const match = /^#\/case\/([^/]+)(?:\/([a-z-]+)(?:\/([^/]+))?)?$/.exec(hash);
  if (match?.[1]) {
    const part = caseParts.find((candidate) => candidate === match[2]) ?? 'overview';
    const route: Route = { name: 'case', caseId: decodeURIComponent(match[1]), part };
    return match[3] ? { ...route, itemId: decodeURIComponent(match[3]) } : route;
  }
  return { name: 'cases' };
}

export function hashFromRoute(route: Route): string {
  if (route.name !== 'case') return '#/';
  const base = `#/case/${encodeURIComponent(route.caseId)}/${route.part}`;
  return route.itemId ? `${base}/${encodeURIComponent(route.itemId)}` : base;
}

let announcementCounter = 0;

export const useUiStore = create<UiState>((set) => ({
  route: routeFromHash(window.location.hash),
  announcement: null,
  navigate(route) {
    // The hash keeps the reviewer in place across a reload.
    if (window.location.hash !== hashFromRoute(route)) window.location.hash = hashFromRoute(route);
    set({ route });
  },
  announce(text, tone = 'info') {
    announcementCounter += 1;
    set({ announcement: { id: announcementCounter, text, tone } });
  },
}));

window.addEventListener('hashchange', () => {
  const route = routeFromHash(window.location.hash);
  if (hashFromRoute(route) !== hashFromRoute(useUiStore.getState().route)) useUiStore.setState({ route });
});
