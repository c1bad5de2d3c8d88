import { useUiStore } from './ui-store';

// One live region for outcomes ("Case exported as …"), read out by screen readers.
export function Announcer() {
  const announcement = useUiStore((state) => state.announcement);
  return (
    <div className={`announcer ${announcement?.tone === 'error' ? 'announcer-error' : ''}`} role="status" aria-live="polite">
      {announcement && <p key={announcement.id}>{announcement.text}</p>}
    </div>
  );
}
