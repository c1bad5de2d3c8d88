// How long the app may sit idle before it locks itself. Not sensitive, so kept in localStorage.

export const lockChoices = [5, 15, 30, 60] as const;
const storageKey = 'cspr-desk:lock-after-minutes';
const defaultMinutes = 15;

export function lockAfterMinutes(): number {
  const stored = Number(localStorage.getItem(storageKey));
  return (lockChoices as readonly number[]).includes(stored) ? stored : defaultMinutes;
}

export function setLockAfterMinutes(minutes: number): void {
  localStorage.setItem(storageKey, String(minutes));
  window.dispatchEvent(new Event('cspr-desk:lock-settings'));
}
