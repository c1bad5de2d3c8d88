import { AutomaticBackups } from '../backups/AutomaticBackups';
import { CaseDialogHost } from '../cases/CaseDialogHost';
import { CaseListScreen } from '../cases/CaseListScreen';
import { LockControls } from '../vault/LockControls';
import { CaseWorkspace } from '../workspace/CaseWorkspace';
import { Announcer } from './Announcer';
import { useDatabase } from '../data/database-context';
import { useUiStore } from './ui-store';

export function App() {
  const route = useUiStore((state) => state.route);
  const navigate = useUiStore((state) => state.navigate);
  const { readOnlyReason } = useDatabase();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a
          className="app-name"
          href="#/"
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'cases' });
          }}
        >
          CSPR Desk
        </a>
        {route.name === 'case' && (
          <button type="button" className="link-button" onClick={() => navigate({ name: 'cases' })}>
            All cases
          </button>
        )}
        <LockControls />
      </header>
      {readOnlyReason && (
        <p className="banner banner-warning" role="alert">
          {readOnlyReason}
        </p>
      )}
      <AutomaticBackups />
      {route.name === 'cases' ? (
        <main id="main" className="main">
          <CaseListScreen />
        </main>
      ) : (
        <CaseWorkspace caseId={route.caseId} part={route.part} itemId={route.itemId} />
      )}
      <Announcer />
      <CaseDialogHost />
    </div>
  );
}
