import { StrictMode, useEffect, useState } from 'react';
import type { VaultRecord } from '../../core/crypto/vault-key';
import { App } from '../app/App';
import { DatabaseContext, type DatabaseState } from '../data/database-context';
import type { OpenDatabaseResult } from '../data/db/open-database';
import { InactivityLock } from './InactivityLock';
import { setUpVault, unlockAndOpen } from '../data/open-vault';
import { PassphraseScreen } from './PassphraseScreen';
import { readVault } from '../data/vault-store';

type GateState =
  | { kind: 'reading' }
  | { kind: 'setup' }
  | { kind: 'unlock'; record: VaultRecord }
  | { kind: 'open'; database: DatabaseState }
  | { kind: 'failed'; message: string };

const stateOf = (opened: OpenDatabaseResult): GateState => ({
  kind: 'open',
  database: { db: opened.db, readOnlyReason: opened.readOnly ? opened.reason : null },
});

// Nothing of the case data is read until the passphrase has unlocked its key.
export function VaultGate() {
  const [state, setState] = useState<GateState>({ kind: 'reading' });
  useEffect(() => {
    readVault().then(
      (record) => setState(record ? { kind: 'unlock', record } : { kind: 'setup' }),
      (error: unknown) => setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  switch (state.kind) {
    case 'reading':
      return <p className="loading">Starting…</p>;
    case 'failed':
      return (
        <main className="startup-error" role="alert">
          <h1>CSPR Desk cannot open its data</h1>
          <p>{state.message}</p>
          <p>Nothing has been changed. Close other CSPR Desk windows and try again.</p>
        </main>
      );
    case 'setup':
      return <PassphraseScreen mode="setup" onSubmit={async (passphrase) => setState(stateOf(await setUpVault(passphrase)))} />;
    case 'unlock':
      return <PassphraseScreen mode="unlock" onSubmit={async (passphrase) => setState(stateOf(await unlockAndOpen(state.record, passphrase)))} />;
    case 'open':
      return (
        <StrictMode>
          <DatabaseContext.Provider value={state.database}>
            <InactivityLock />
            <App />
          </DatabaseContext.Provider>
        </StrictMode>
      );
  }
}
