import { useState } from 'react';
import { currentPlatform } from '../platform/current-platform';
import { BackupsDialog } from './BackupsDialog';

// In the case list's toolbar, Electron only: web mode has no automatic backups.
export function BackupsButton() {
  const port = currentPlatform.backups;
  const [open, setOpen] = useState(false);
  if (!port) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Backups
      </button>
      {open && <BackupsDialog port={port} onClose={() => setOpen(false)} />}
    </>
  );
}
