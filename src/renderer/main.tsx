import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseContext } from './app/database-context';
import { openDatabase } from './db/open-database';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

// Ask the browser not to evict our data under storage pressure (web mode); Electron ignores it.
void navigator.storage?.persist?.().catch(() => undefined);

openDatabase().then(
  (opened) => {
    root.render(
      <StrictMode>
        <DatabaseContext.Provider value={{ db: opened.db, readOnlyReason: opened.readOnly ? opened.reason : null }}>
          <App />
        </DatabaseContext.Provider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main className="startup-error" role="alert">
        <h1>CSPR Desk cannot open its data</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>Nothing has been changed. Close other CSPR Desk windows and try again.</p>
      </main>,
    );
  },
);
