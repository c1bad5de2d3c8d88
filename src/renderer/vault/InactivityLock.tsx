import { useEffect, useState } from 'react';
import { lockAfterMinutes } from '../data/lock-settings';
import { lockNow } from './lock-now';

const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

// Locks the app after the chosen minutes with no keyboard or pointer activity.
export function InactivityLock() {
  const [minutes, setMinutes] = useState(lockAfterMinutes);
  useEffect(() => {
    const onSettings = () => setMinutes(lockAfterMinutes());
    window.addEventListener('cspr-desk:lock-settings', onSettings);
    return () => window.removeEventListener('cspr-desk:lock-settings', onSettings);
  }, []);
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => (last = Date.now());
    for (const name of activityEvents) window.addEventListener(name, onActivity, { passive: true, capture: true });
    // Checked every few seconds rather than one long timer, so a sleeping laptop locks on waking.
    const timer = setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lockNow();
    }, 5_000);
    return () => {
      clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [minutes]);
  return null;
}
