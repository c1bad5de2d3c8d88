import { useId, useState } from 'react';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';
import { lockChoices, lockAfterMinutes, setLockAfterMinutes } from '../data/lock-settings';
import { lockNow } from './lock-now';

// In the header: lock now, and how long the app may sit idle before it locks itself.
export function LockControls() {
  const id = useId();
  const [minutes, setMinutes] = useState(lockAfterMinutes);
  const [changing, setChanging] = useState(false);
  return (
    <div className="lock-controls">
      <label htmlFor={`${id}-idle`}>Lock when idle for</label>
      <select
        id={`${id}-idle`}
        value={minutes}
        onChange={(change) => {
          setMinutes(Number(change.target.value));
          setLockAfterMinutes(Number(change.target.value));
        }}
      >
        {lockChoices.map((choice) => (
          <option key={choice} value={choice}>
            {choice} minutes
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setChanging(true)}>
        Change passphrase…
      </button>
      <button type="button" onClick={() => void lockNow()}>
        Lock now
      </button>
      {changing && <ChangePassphraseDialog onClose={() => setChanging(false)} />}
    </div>
  );
}
