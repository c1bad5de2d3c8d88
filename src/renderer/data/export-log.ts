// When each case was last exported to a case file, on this device (ids and dates only).

const keyFor = (caseId: string) => `cspr-desk:last-export:${caseId}`;

export function lastExportedAt(caseId: string): string | null {
  return localStorage.getItem(keyFor(caseId));
}

export function recordExport(caseId: string, now = new Date()): void {
  localStorage.setItem(keyFor(caseId), now.toISOString());
  window.dispatchEvent(new Event('cspr-desk:exported'));
}
