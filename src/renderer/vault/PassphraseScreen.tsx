import { useId, useState, type FormEvent } from 'react';
import { newPassphraseProblem } from '../../core/crypto/passphrase-key';

interface PassphraseScreenProps {
  mode: 'setup' | 'unlock';
  /** Resolves when done; rejects with the message to show. */
  onSubmit: (passphrase: string) => Promise<void>;
}

// Before anything is shown: the passphrase that protects the case data on this computer — chosen
// on first use, asked for at every start and after the app locks itself.
export function PassphraseScreen({ mode, onSubmit }: PassphraseScreenProps) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = mode === 'setup' ? newPassphraseProblem(passphrase, repeat) : null;
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(passphrase);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <main className="passphrase-screen" id="main">
      <h1>{mode === 'setup' ? 'Protect the case data on this computer' : 'Unlock CSPR Desk'}</h1>
      {mode === 'setup' ? (
        <p>
          Everything you keep in CSPR Desk is stored encrypted. Choose a passphrase: you will give it each time CSPR Desk starts and after it locks itself. It
          cannot be recovered if it is lost, so keep exported case files as well.
        </p>
      ) : (
        <p>The case data on this computer is encrypted. Give your passphrase to open it.</p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pass`}>Passphrase</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete={mode === 'setup' ? 'new-password' : 'current-password'}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoFocus
          />
        </div>
        {mode === 'setup' && (
          <div className="field">
            <label htmlFor={`${id}-repeat`}>Passphrase again</label>
            <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </div>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy || passphrase === ''}>
          {busy ? (mode === 'setup' ? 'Encrypting…' : 'Unlocking…') : mode === 'setup' ? 'Encrypt and continue' : 'Unlock'}
        </button>
      </form>
    </main>
  );
}
