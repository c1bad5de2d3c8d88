import { useReportUiStore } from './report-ui-store';

// "Saving… / Saved / Save failed": a failed write is loud, never silent.
export function SaveIndicator() {
  const status = useReportUiStore((state) => state.saveStatus);
  if (status.state === 'failed') {
    return (
      <p className="save-indicator save-failed" role="alert">
        Save failed: {status.message}. Your text is still here; it will be saved again shortly. Export a case file to keep a copy.
      </p>
    );
  }
  return (
    <p className="save-indicator" role="status" data-save-state={status.state}>
      {status.state === 'saving' ? 'Saving…' : 'Saved'}
    </p>
  );
}
